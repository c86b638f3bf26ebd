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
    private readonly ParentCodes _parents = new();

    public override void Define()
    {
        IndicatorGroup group = null!;
        IReadOnlyList<IndicatorResult> children = null!;
        // An equality between the result and the group, so the engine hashes results by their parent's code and each
        // result meets only its own group; results are collected in the order they were inserted, as with any collect.
        When()
            .Match(() => group)
            .Collect(() => children, r => _parents.Of(r.Code) == group.Definition.Code);
        Then()
            .Yield(_ => GroupScore.Of(group.Definition, children));
    }
}
