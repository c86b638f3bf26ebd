namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>
/// The state of one evaluation: the scope, and the fact a <c>where</c> condition is testing. One per
/// <see cref="Formula.Evaluate"/> call, so compiled formulas stay stateless and thread-safe.
/// </summary>
internal sealed class EvaluationContext(FormulaScope scope)
{
    public FormulaScope Scope { get; } = scope;

    /// <summary>The fact the innermost <c>where</c> condition is testing, or null outside conditions.</summary>
    public object? Item { get; set; }
}
