namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>A fact type, or one of its fields, that a formula reads (<see cref="Formula.References"/>), for linting a rule set.</summary>
/// <param name="FactType">The fact type's name, e.g. <c>BudgetExecution</c>.</param>
/// <param name="Field">The field's name, e.g. <c>ActualExpenditure</c>; null when the formula uses the fact list as a whole, as <c>count(EvaluatorFinding)</c> does.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FormulaReference(string FactType, string? Field)
{
    /// <summary>Returns <c>FactType.Field</c>, or the fact type alone.</summary>
    /// <returns>The reference as a formula writes it.</returns>
    public override string ToString() => Field is null ? FactType : $"{FactType}.{Field}";
}
