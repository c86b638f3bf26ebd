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
        // A group waits for its first child's result: every leaf rule yields one, so a group with none yet is only early.
        // The agenda takes equal priorities first come, first served, and a level-1 group, matched since its fact was
        // inserted, would otherwise be scored on no children before its level-2 groups, then again after them.
        When()
            .Match(() => group)
            .Collect(() => children, r => _parents.Of(r.Code) == group.Definition.Code)
            .Where(c => c.Count > 0);
        Then()
            .Yield(_ => GroupScore.Of(group.Definition, children));
    }
}
