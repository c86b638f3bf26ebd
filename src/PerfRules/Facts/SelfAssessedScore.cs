namespace PerfRules.Facts;

/// <summary>The score the department gave itself for an indicator (自评得分), shown beside the verified score.</summary>
/// <param name="IndicatorCode">The indicator, e.g. <c>2.1.2</c>.</param>
/// <param name="Score">The self-assessed score, e.g. 4.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SelfAssessedScore(string IndicatorCode, decimal Score) : IIndicatorFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(SelfAssessedScore))
            .Code(nameof(IndicatorCode), IndicatorCode)
            .NotNegative(nameof(Score), "自评得分", Score)
            .Problems;
}
