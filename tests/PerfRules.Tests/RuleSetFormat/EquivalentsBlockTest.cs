using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The equivalents block: a tier (二等奖) counts as a score (85), which becomes points directly, in proportion, or averaged.</summary>
public sealed class EquivalentsBlockTest
{
    private static string Block(string extra) => $$"""
        {
          "kind": "equivalents",
          "name": "“四个全面”绩效考核",
          "label": "one(ExternalAssessment where Name == '“四个全面”绩效考核').Tier",
          "table": { "一等奖": 95, "二等奖": 85, "三等奖": 75 }{{extra}}
        }
        """;

    private static readonly ExternalAssessment SecondPrize = new("“四个全面”绩效考核", null, "二等奖");

    [Fact]
    public void With_a_full_mark_the_points_are_in_proportion()
    {
        var row = Documents.Score(3, Block(""", "fullMark": 100"""), SecondPrize);

        Assert.Equal(2.55m, row.Score);
        Assert.StartsWith("二等奖视同85分", row.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Averaged_with_another_result_it_gives_the_suixi_4_31()
    {
        var row = Documents.Score(5, Block(""", "fullMark": 100, "averageWith": ["one(ExternalAssessment where Name == '乡村振兴战略实绩考核').Score"]"""),
            SecondPrize, new ExternalAssessment("乡村振兴战略实绩考核", 87.5m));

        Assert.Equal(4.31m, row.Score);
        Assert.Equal(0.69m, Assert.Single(row.Deductions).Points);
    }

    [Fact]
    public void Without_a_full_mark_the_table_gives_points()
    {
        const string Points = """{ "kind": "equivalents", "name": "批复", "label": "if(SubordinateBudgetApproval.IsApproved, '已批复', '未批复')", "table": { "已批复": 1, "未批复": 0 } }""";

        Assert.Equal(1m, Documents.Score(1, Points, new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)).Score);
        Assert.Equal(0m, Documents.Score(1, Points, new SubordinateBudgetApproval(15, true, false)).Score);
    }

    [Fact]
    public void An_unknown_label_is_an_error_naming_the_known_ones()
    {
        var row = Documents.Score(3, Block(""", "fullMark": 100"""), new ExternalAssessment("“四个全面”绩效考核", null, "优秀奖"));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Contains("一等奖、二等奖、三等奖", Assert.Single(row.Problems).Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_score_above_the_points_is_refused_when_the_table_gives_points()
    {
        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(3, Block("")))).Errors, e => e.Path.EndsWith("一等奖']", StringComparison.Ordinal));

        Assert.Equal("$.indicators[1].scoring.table['一等奖']", error.Path);
    }
}
