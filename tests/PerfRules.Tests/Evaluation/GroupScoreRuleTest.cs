using PerfRules.Evaluation;
using PerfRules.Evaluation.Rules;
using PerfRules.Results;

namespace PerfRules.Tests.Evaluation;

public sealed class GroupScoreRuleTest
{
    // 1 (60) = 1.1 (40: 1.1.1 + 1.1.2) + 1.2 (20: 1.2.1); 2 (40) = 2.1. A level-1 group's children are groups here.
    private static readonly RuleSet ThreeLevels = RuleSet.Create("Nested", "1", new LocalizedText("三级指标", "Three levels"))
        .Group("1", new LocalizedText("一", "One"), 60m)
        .Group("1.1", new LocalizedText("一一", "One one"), 40m)
        .Indicator(new GivenScoreRule("1.1.1", "一一一", 30m))
        .Indicator(new GivenScoreRule("1.1.2", "一一二", 10m))
        .Group("1.2", new LocalizedText("一二", "One two"), 20m)
        .Indicator(new GivenScoreRule("1.2.1", "一二一", 20m))
        .Group("2", new LocalizedText("二", "Two"), 40m)
        .Indicator(new GivenScoreRule("2.1", "二一", 40m))
        .Build();

    private static readonly object[] Scores =
        [new GivenScore("1.1.1", 25m), new GivenScore("1.1.2", 10m), new GivenScore("1.2.1", 12.5m), new GivenScore("2.1", 40m)];

    [Fact]
    public void Each_group_is_scored_once_after_its_children_at_every_level()
    {
        var evaluator = new ScorecardEvaluator(ThreeLevels);
        var session = evaluator.RentSession();
        var scored = new List<(string Group, int Children)>();
        session.RuleFired += (_, e) =>
        {
            if (e.Facts[0] is IndicatorGroup group)
            {
                scored.Add((group.Definition.Code, ((IReadOnlyList<IndicatorResult>)e.Facts[1]).Count));
            }
        };

        evaluator.Fill(session, Scores);
        session.Fire();

        // A level-1 group is never scored on no children first and again once its level-2 groups have their results.
        Assert.Equal([("1", 2), ("1.1", 2), ("1.2", 1), ("2", 1)], scored.OrderBy(s => s.Group));
    }

    [Fact]
    public void Three_levels_add_up()
    {
        var card = new ScorecardEvaluator(ThreeLevels).Evaluate(Scores);

        Assert.Equal(35m, card["1.1"].Score);
        Assert.Equal(12.5m, card["1.2"].Score);
        Assert.Equal(47.5m, card["1"].Score);
        Assert.Equal(87.5m, card.Total);
        Assert.Equal(new LocalizedText("下级指标得分合计47.5分", "Sum of child scores: 47.5"), card["1"].Note);
    }
}
