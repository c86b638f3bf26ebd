using PerfRules.Engine;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>
/// Scores every group indicator (一级、二级指标) as the sum of its children's results. Children may be leaves or groups,
/// so level-2 totals flow into level-1 totals by forward chaining, and truth maintenance keeps every total current.
/// </summary>
[Name("PerfRules: group total")]
[Description("一级、二级指标得分为其下级指标得分之和")]
[Priority(-100)]
internal sealed class GroupScoreRule : Rule
{
    public override void Define()
    {
        IndicatorGroup group = null!;
        IReadOnlyList<IndicatorResult> children = null!;
        When()
            .Match(() => group)
            .Collect(() => children, r => IndicatorCode.IsChildOf(r.Code, group.Definition.Code));
        Then()
            .Yield(_ => GroupScore.Of(group.Definition, children));
    }
}
