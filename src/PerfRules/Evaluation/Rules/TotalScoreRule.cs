using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>Adds up the level-1 indicators, applies conversion and the bonus and penalty caps, and grades the total.</summary>
[Name("PerfRules: total and grade")]
[Description("总分为一级指标得分之和（如适用，按适用分值换算为百分制），加减分项在上限内计入，并据总分评定等级")]
[Priority(-200)]
internal sealed class TotalScoreRule : Rule
{
    public override void Define()
    {
        ScoringEnvironment environment = null!;
        IReadOnlyList<IndicatorResult> roots = null!;
        IReadOnlyList<Commendation> commendations = null!;
        IReadOnlyList<AccountabilityFinding> findings = null!;
        When()
            .Match(() => environment)
            .Collect(() => roots, r => r.Code.IndexOf('.') < 0)
            .Collect(() => commendations)
            .Collect(() => findings);
        Then()
            .Yield(_ => TotalScore.Of(environment, roots, commendations, findings));
    }
}
