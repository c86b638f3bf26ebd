using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Indicators;

public sealed class IndicatorTreeTest
{
    private static readonly IndicatorTree SuixiTree = new(Suixi.Definitions());

    [Fact]
    public void Suixi_table_with_expenditure_management_at_23_builds_with_30_leaves()
    {
        Assert.Equal(30, SuixiTree.Leaves.Count);
        Assert.Equal(100m, SuixiTree.Maximum);
        Assert.Equal(["1", "2", "3", "4", "5"], SuixiTree.Roots.Select(r => r.Code));
    }

    [Fact]
    public void Suixi_table_as_printed_with_21_is_rejected_listing_every_problem()
    {
        var e = Assert.Throws<IndicatorTreeException>(() => new IndicatorTree(Suixi.Definitions(expenditureManagementWeight: 21m)));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("2.1 支出管理 weighs 21, but its children 2.1.1, 2.1.2, 2.1.3, 2.1.4, 2.1.5, 2.1.6, 2.1.7 add up to 23.", e.Problems);
        Assert.Contains("2 预算执行情况 weighs 40, but its children 2.1, 2.2, 2.3 add up to 38.", e.Problems);
        Assert.Contains("2.1 支出管理 weighs 21", e.Message);
    }

    [Fact]
    public void Duplicate_codes_unknown_parents_and_a_wrong_total_are_all_reported()
    {
        var e = Assert.Throws<IndicatorTreeException>(() => new IndicatorTree(
        [
            new IndicatorDefinition("1", new("甲"), 60m),
            new IndicatorDefinition("1", new("甲二"), 60m),
            new IndicatorDefinition("2.1", new("乙一"), 30m),
        ]));

        Assert.Contains(e.Problems, p => p.StartsWith("The code 1 is given 2 times", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("its parent 2 is not defined", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("add up to 60, not the maximum 100", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tree_without_indicators_is_rejected()
    {
        Assert.Throws<IndicatorTreeException>(() => new IndicatorTree([]));
    }

    [Fact]
    public void Another_maximum_can_be_chosen()
    {
        var tree = new IndicatorTree([new IndicatorDefinition("1", new("甲"), 93m)], maximum: 93m);
        Assert.Equal(93m, tree.Maximum);
    }

    [Fact]
    public void Path_names_the_indicator_from_level_1_down()
    {
        Assert.Equal("预算执行情况 / 支出管理 / 支出完成率", SuixiTree.Path("2.1.2"));
        Assert.Equal("预算执行情况 / 支出管理 / expenditure completion rate", SuixiTree.Path("2.1.2", Language.English));
    }

    [Fact]
    public void Children_parent_and_level_follow_the_codes()
    {
        Assert.Equal(["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.1.6", "2.1.7"], SuixiTree.Children("2.1").Select(c => c.Code));
        Assert.Empty(SuixiTree.Children("2.1.2"));
        Assert.Equal("2.1", SuixiTree.Parent("2.1.2")!.Code);
        Assert.Null(SuixiTree.Parent("2"));
        Assert.Equal(3, SuixiTree["2.1.2"].Level);
        Assert.Equal("2.1", SuixiTree["2.1.2"].ParentCode);
    }

    [Fact]
    public void An_unknown_code_is_reported_by_name()
    {
        Assert.False(SuixiTree.Contains("9.9"));
        var e = Assert.Throws<KeyNotFoundException>(() => SuixiTree["9.9"]);
        Assert.Contains("9.9", e.Message);
    }

    [Fact]
    public void Indicators_are_kept_in_code_order_whatever_order_they_were_given_in()
    {
        var definitions = Enumerable.Range(1, 10).Select(i => new IndicatorDefinition($"1.{i}", new($"项{i}"), 10m)).Reverse()
            .Append(new IndicatorDefinition("1", new("总"), 100m));

        var tree = new IndicatorTree(definitions);

        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"], tree.Leaves.Select(l => l.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2.")]
    [InlineData("2..1")]
    [InlineData("0.1")]
    [InlineData("a")]
    [InlineData("2.1.x")]
    public void A_malformed_code_is_rejected(string code)
    {
        Assert.Throws<ArgumentException>(() => new IndicatorDefinition(code, new("甲"), 1m));
    }

    [Fact]
    public void A_negative_weight_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorDefinition("1", new("甲"), -1m));
    }
}
