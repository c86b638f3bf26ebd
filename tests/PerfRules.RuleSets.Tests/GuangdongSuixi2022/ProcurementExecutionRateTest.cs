using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.1.6 政府采购执行率: 2 × actual / planned; 0 when the actual exceeds the plan; nothing planned and nothing bought → 2.</summary>
public sealed class ProcurementExecutionRateTest
{
    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new ProcurementExecutionRate(), facts);

    [Theory]
    [InlineData(100_000, 100_000, 2)] // actual equal to the plan is not "大于"
    [InlineData(100_000, 100_001, 0)] // just above the plan
    [InlineData(100_000, 99_000, 1.98)]
    [InlineData(3, 1, 0.67)] // 2/3 = 0.666… rounded half away from zero
    [InlineData(100_000, 0, 0)]
    public void Score_is_2_times_the_rate_and_0_above_the_plan(decimal planned, decimal actual, decimal expected)
    {
        var result = Score(new Procurement(planned, actual));

        Assert.Equal(expected, result.Score);
        Assert.Equal(2m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Golden_plan_0_and_purchases_of_219686_score_0()
    {
        var result = RuleHarness.Score(new ProcurementExecutionRate(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.1.6"), result.Score);
        Assert.Contains("实际采购金额219686元", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("实际采购金额大于采购计划金额，不得分", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(2m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Nothing_planned_and_nothing_bought_scores_the_full_2()
    {
        var result = Score(new Procurement(0m, 0m));

        Assert.Equal(2m, result.Score);
        Assert.Contains("未安排且未发生政府采购", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_procurement_fact_is_missing_data()
    {
        var result = Score();

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(Procurement) && p.IndicatorCode == "2.1.6");
    }

    [Fact]
    public void A_negative_amount_is_an_error()
    {
        var result = Score(new Procurement(100m, -1m));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(Procurement.Actual));
    }
}
