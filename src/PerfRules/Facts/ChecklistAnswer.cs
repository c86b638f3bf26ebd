namespace PerfRules.Facts;

/// <summary>An evaluator's answer to one item of an indicator's checklist (评分要点): met or not, with a note.</summary>
/// <param name="IndicatorCode">The indicator, e.g. <c>1.1.1</c>.</param>
/// <param name="Item">The item's key in the rule set's checklist, e.g. "1".</param>
/// <param name="Met">Whether the item is met.</param>
/// <param name="Note">What the evaluator saw, if anything.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChecklistAnswer(string IndicatorCode, string Item, bool Met, string? Note = null) : IIndicatorFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(ChecklistAnswer))
            .Code(nameof(IndicatorCode), IndicatorCode)
            .Required(nameof(Item), "评分要点", Item)
            .Problems;
}
