using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.2.1 重点工作完成效率: (a/100 + b/100) / 2 × 5, 二等奖 counting as 85.</summary>
public sealed class KeyWorkEfficiencyTest
{
    private static ExternalAssessment Scored(string name, decimal score, decimal fullMark = 100m) => new(name, score, FullMark: fullMark);

    [Fact]
    public void The_tables_own_example_rounds_4_625_half_away_from_zero_to_4_63()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("市委督查", 95m), Scored("政府督查", 90m)]);

        Assert.Equal(4.63m, result.Score);
        Assert.Equal(0.37m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Two_full_marks_score_5_with_no_deduction()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("甲", 100m), Scored("乙", 100m)]);

        Assert.Equal(5m, result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void A_score_out_of_another_full_mark_is_converted_to_100()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("甲", 60m, 120m), Scored("乙", 100m)]);

        Assert.Equal(3.75m, result.Score);
    }

    [Fact]
    public void A_tier_the_table_does_not_map_is_an_error_not_a_guess()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [new ExternalAssessment("甲", null, "一等奖"), Scored("乙", 90m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Message.Chinese.Contains("一等奖", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stated_equivalent_that_contradicts_the_table_is_an_error()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [new ExternalAssessment("甲", null, "二等奖", 80m), Scored("乙", 90m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(ExternalAssessment.TierEquivalentScore));
    }

    [Fact]
    public void One_assessment_is_an_error_and_none_is_missing_data()
    {
        var one = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("甲", 90m)]);
        var none = RuleHarness.Score(new KeyWorkEfficiency(), []);

        Assert.Equal(IndicatorOutcome.Error, one.Outcome);
        Assert.Equal(IndicatorOutcome.MissingData, none.Outcome);
    }

    [Fact]
    public void A_score_above_its_full_mark_is_an_error()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("甲", 101m), Scored("乙", 90m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Golden_facts_give_4_3125_rounded_to_the_verified_4_31_and_the_deduction_carries_the_arithmetic()
    {
        var result = RuleHarness.Score(new KeyWorkEfficiency(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.2.1"), result.Score);
        Assert.Equal(4.3125m, result.Metric!.Value);
        Assert.Contains("“四个全面”绩效考核为二等奖（视同为85分）", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("乡村振兴战略实绩考核87.5分", result.Note.Chinese, StringComparison.Ordinal);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(0.69m, deduction.Points);
        Assert.Equal("得分=（0.85+0.875）/2*5=4.31，扣0.69分", deduction.Reason.Chinese);
    }

    [Fact]
    public void The_order_of_the_assessments_does_not_matter()
    {
        var forward = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("甲", 95m), Scored("乙", 90m)]);
        var backward = RuleHarness.Score(new KeyWorkEfficiency(), [Scored("乙", 90m), Scored("甲", 95m)]);

        Assert.Equal(forward, backward);
    }
}
