using PerfRules.Evaluation;
using PerfRules.Results;

namespace PerfRules.Tests.Evaluation;

public sealed class RuleSetBuilderTest
{
    [Fact]
    public void Weights_that_do_not_add_up_are_all_reported_at_once()
    {
        // The Suixi misprint: a group printed as 21 whose children add up to 23.
        var builder = RuleSet.Create("Bad", "1", new LocalizedText("错"))
            .Group("1", new LocalizedText("一"), 100m)
            .Group("1.1", new LocalizedText("一一"), 21m)
            .Indicator(new GivenScoreRule("1.1.1", "甲", 20m))
            .Indicator(new GivenScoreRule("1.1.2", "乙", 3m))
            .Indicator(new GivenScoreRule("1.2", "丙", 77m));

        var error = Assert.Throws<RuleSetException>(builder.Build);

        Assert.Contains(error.Problems, p => p.Contains("1.1", StringComparison.Ordinal) && p.Contains("23", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("98", StringComparison.Ordinal));
        Assert.Contains("Bad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_without_children_or_rule_and_a_leaf_scored_twice_are_reported()
    {
        var builder = TestRuleSet.Builder()
            .Indicator(new GivenScoreRule("2.1", "二一", 40m))
            .Group("3", new LocalizedText("三"), 0m);

        var error = Assert.Throws<RuleSetException>(builder.Build);

        Assert.Contains(error.Problems, p => p.StartsWith("2.1 is scored by 2 rules", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("3 ", StringComparison.Ordinal) && p.Contains("no rule", StringComparison.Ordinal));
    }

    [Fact]
    public void The_content_hash_is_stable_and_changes_with_what_decides_a_score()
    {
        var first = TestRuleSet.Builder().Build();
        var again = TestRuleSet.Builder().Build();
        var newer = TestRuleSet.Builder("2").Build();

        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.NotEqual(first.ContentHash, newer.ContentHash);
        Assert.Equal(64, first.ContentHash.Length);
    }

    [Fact]
    public void Leaves_are_listed_with_their_rules_in_table_order()
    {
        var ruleSet = TestRuleSet.Builder().Build();

        Assert.Equal(["1.1", "1.2", "2.1"], ruleSet.IndicatorRules.Select(r => r.Indicator.Code));
        Assert.Equal("1.1 一一", ruleSet.IndicatorRules[0].Name);
    }
}
