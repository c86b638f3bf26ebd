using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Reporting.Tests.Support;

/// <summary>
/// The score given for one indicator: the only fact of <see cref="ReportRuleSet"/>. A null score means "does not apply";
/// a reason, when given, becomes the deduction's reason, with the evidence.
/// </summary>
public sealed record GivenScore(string Code, decimal? Points, string? Reason = null, params string[] Evidence) : IFact
{
    public IReadOnlyList<FactProblem> Validate() =>
        Points is < 0m ? [new FactProblem(nameof(GivenScore), nameof(Points), new LocalizedText("得分不能为负数", "Points must not be negative"))] : [];
}
