using PerfRules.Scorecards;

namespace PerfRules.Tests.Evaluation;

public sealed class ScorecardDiffTest
{
    [Fact]
    public void Rows_are_matched_by_code_when_the_scorecards_list_them_in_different_orders()
    {
        var evaluator = TestRuleSet.Evaluator();
        var before = evaluator.Evaluate(TestRuleSet.Scores(30m, 20m, 35m));
        var after = evaluator.Evaluate(TestRuleSet.Scores(30m, 15m, 40m));
        var reordered = after with { Indicators = [.. after.Indicators.Reverse()] };

        var inOrder = ScorecardDiff.Between(before, after);
        var outOfOrder = ScorecardDiff.Between(before, reordered);

        Assert.Equal(["1", "1.2", "2", "2.1"], inOrder.Changes.Select(c => c.Code));
        Assert.Equal(["2.1", "2", "1.2", "1"], outOfOrder.Changes.Select(c => c.Code));
        Assert.Equal(inOrder.Changes.OrderBy(c => c.Code), outOfOrder.Changes.OrderBy(c => c.Code));
    }

    [Fact]
    public void Equal_scorecards_have_no_changes()
    {
        var evaluator = TestRuleSet.Evaluator();

        var diff = ScorecardDiff.Between(evaluator.Evaluate(TestRuleSet.Scores(30m, 20m, 35m)), evaluator.Evaluate(TestRuleSet.Scores(30m, 20m, 35m)));

        Assert.Empty(diff.Changes);
        Assert.Equal(0m, diff.TotalDelta);
    }
}
