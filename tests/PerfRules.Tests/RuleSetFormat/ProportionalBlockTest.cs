using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The proportional block: 政府采购执行率 = 2 × actual / planned, with the author's rules for excess and for 0 / 0.</summary>
public sealed class ProportionalBlockTest
{
    private static string Block(string whenExceeded, string? whenBothZero = null) => $$"""
        {
          "kind": "proportional",
          "name": "政府采购执行率",
          "numerator": "Procurement.Actual",
          "denominator": "Procurement.Planned",
          "whenExceeded": "{{whenExceeded}}"{{(whenBothZero is null ? "" : $", \"whenBothZero\": \"{whenBothZero}\"")}},
          "labels": { "Procurement.Actual": { "zh": "实际采购金额", "unit": "yuan" }, "Procurement.Planned": { "zh": "采购计划金额", "unit": "yuan" } }
        }
        """;

    [Theory]
    [InlineData("scoreZero", 100, 80, 1.6)]
    [InlineData("scoreZero", 100, 100, 2)]
    [InlineData("scoreZero", 100, 100.01, 0)]
    [InlineData("capAtFull", 100, 100.01, 2)]
    [InlineData("scoreZero", 0, 219686, 0)]
    [InlineData("scoreZero", 3, 1, 0.67)]
    public void Points_follow_the_ratio(string whenExceeded, decimal planned, decimal actual, decimal score)
    {
        var row = Documents.Score(2, Block(whenExceeded), new Procurement(planned, actual));

        Assert.Equal(score, row.Score);
        Assert.Equal(2m - score, row.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void The_suixi_case_plan_0_actual_219686_scores_0_because_the_actual_exceeds_the_plan()
    {
        var row = Documents.Score(2, Block("scoreZero"), new Procurement(0m, 219_686m));

        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(2m, deduction.Points);
        Assert.Equal("实际采购金额219686元，采购计划金额0元，分子大于分母，不得分", deduction.Reason.Chinese);
    }

    [Theory]
    [InlineData("fullMarks", 2)]
    [InlineData("zero", 0)]
    public void Nothing_planned_nothing_bought_scores_what_the_document_says(string whenBothZero, decimal score)
    {
        Assert.Equal(score, Documents.Score(2, Block("scoreZero", whenBothZero), new Procurement(0m, 0m)).Score);
    }

    [Fact]
    public void Nothing_planned_nothing_bought_is_an_error_unless_the_document_says()
    {
        Assert.Equal(IndicatorOutcome.Error, Documents.Score(2, Block("scoreZero"), new Procurement(0m, 0m)).Outcome);
        Assert.Equal(IndicatorOutcome.Error, Documents.Score(2, Block("capAtFull"), new Procurement(0m, 5m)).Outcome);
    }

    [Fact]
    public void A_rounded_score_has_deductions_adding_up_to_exactly_the_points_lost()
    {
        var row = Documents.Score(2, Block("scoreZero"), new Procurement(3m, 1m));

        Assert.Equal(0.67m, row.Score);
        Assert.Equal(1.33m, Assert.Single(row.Deductions).Points);
        Assert.Equal("政府采购执行率=1/3=33.33%", row.Metric is { } m ? PerfRules.Explanations.Notes.Computation(m).Chinese : null);
    }
}
