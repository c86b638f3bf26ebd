namespace PerfRules.Facts;

/// <summary>How many budgeted projects were completed on schedule (项目完成及时性).</summary>
/// <param name="Budgeted">Projects in the budget (预算安排项目数).</param>
/// <param name="CompletedOnTime">Projects completed on schedule, at most <paramref name="Budgeted"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProjectTimeliness(int Budgeted, int CompletedOnTime) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(ProjectTimeliness))
            .NotNegative(nameof(Budgeted), "预算安排项目数", Budgeted)
            .NotNegative(nameof(CompletedOnTime), "按时完成项目数", CompletedOnTime)
            .AtMost(nameof(CompletedOnTime), "按时完成项目数", CompletedOnTime, nameof(Budgeted), "预算安排项目数", Budgeted)
            .Problems;
}
