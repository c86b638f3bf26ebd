using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.1.4 存量资金效率性: ≤ −15% → 3; (−15%, −10%] → 2; (−10%, 0] → 1; &gt; 0 → 0; 0 and still 0 → 3.</summary>
public sealed class IdleTreasuryFundsEfficiencyTest
{
    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new IdleTreasuryFundsEfficiency(), facts);

    [Theory]
    [InlineData(0, 3)]
    [InlineData(850_000, 3)] // exactly −15%: "≤-15%"
    [InlineData(850_001, 2)] // just above −15%
    [InlineData(900_000, 2)] // exactly −10%: "≤-10%但是大于-15%"
    [InlineData(900_001, 1)]
    [InlineData(1_000_000, 1)] // exactly 0: "≤0但是大于-10%"
    [InlineData(1_000_001, 0)] // just above 0: "变动率>0的,不得分"
    public void Rate_at_and_around_each_bound_scores_its_band(decimal yearEnd, decimal expected)
    {
        var result = Score(new IdleTreasuryFunds(2021, 1_000_000m), new IdleTreasuryFunds(2022, yearEnd));

        Assert.Equal(expected, result.Score);
        Assert.Equal(3m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Golden_figures_0_and_still_0_score_3()
    {
        var result = RuleHarness.Score(new IdleTreasuryFundsEfficiency(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.1.4"), result.Score);
        Assert.Contains("2021年末及2022年末国库集中支付结转结余存量资金均为0元", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_then_a_positive_stock_is_an_increase_and_scores_0()
    {
        var result = Score(new IdleTreasuryFunds(2021, 0m), new IdleTreasuryFunds(2022, 1m));

        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
        Assert.Equal(0m, result.Score);
        Assert.Equal(3m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void The_insertion_order_of_the_two_years_does_not_matter()
    {
        var result = Score(new IdleTreasuryFunds(2022, 800_000m), new IdleTreasuryFunds(2021, 1_000_000m));

        Assert.Equal(3m, result.Score);
        Assert.Contains("800000/1000000-1=-20.00%", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void One_year_end_only_is_missing_data()
    {
        var result = Score(new IdleTreasuryFunds(2022, 0m));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(IdleTreasuryFunds));
    }

    [Fact]
    public void Year_ends_that_are_not_consecutive_are_an_error()
    {
        var result = Score(new IdleTreasuryFunds(2020, 0m), new IdleTreasuryFunds(2022, 0m));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(IdleTreasuryFunds.YearEnd));
    }

    [Fact]
    public void A_negative_stock_is_an_error()
    {
        var result = Score(new IdleTreasuryFunds(2021, 0m), new IdleTreasuryFunds(2022, -1m));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(IdleTreasuryFunds.Amount));
    }
}
