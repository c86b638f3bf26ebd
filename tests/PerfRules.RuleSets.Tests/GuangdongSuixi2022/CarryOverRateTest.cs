using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.1.3 结转结余率: ≤10% → 3; (10%, 20%] → 2; (20%, 30%] → 1; &gt;30% → 0.</summary>
public sealed class CarryOverRateTest
{
    // Available funds of 1,000,000: the closing carry-over is the rate in ten-thousandths of a percent.
    private static BudgetExecution WithClosing(decimal closing) =>
        new(1_000_000m, 1_000_000m, 0m, closing, 1_000_000m, 0m, 1_000_000m - closing, 1_000_000m);

    [Theory]
    [InlineData(0, 3)]
    [InlineData(100_000, 3)] // exactly 10%: "结转结余率≤10%"
    [InlineData(100_001, 2)] // just above 10%
    [InlineData(200_000, 2)] // exactly 20%
    [InlineData(200_001, 1)]
    [InlineData(300_000, 1)] // exactly 30%
    [InlineData(300_001, 0)] // just above 30%
    public void Rate_at_and_around_each_bound_scores_its_band(decimal closing, decimal expected)
    {
        var result = RuleHarness.Score(new CarryOverRate(), [WithClosing(closing)]);

        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
        Assert.Equal(expected, result.Score);
        Assert.Equal(3m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Golden_figures_give_0_65_percent_and_3_points()
    {
        var budget = new BudgetExecution(10_303_600m, 15_188_214.45m, 549_070.93m, 101_571.86m, 15_188_214.45m, 0m, 15_635_713.52m, 15_188_214.45m);

        var result = RuleHarness.Score(new CarryOverRate(), [budget]);

        Assert.Equal(3m, result.Score);
        Assert.Contains("101571.86/（549070.93+15188214.45+0）=0.65%", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_budget_fact_is_missing_data_naming_the_fact()
    {
        var result = RuleHarness.Score(new CarryOverRate(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(BudgetExecution) && p.IndicatorCode == "2.1.3");
    }

    [Fact]
    public void Zero_available_funds_is_an_error_not_a_score()
    {
        var result = RuleHarness.Score(new CarryOverRate(), [new BudgetExecution(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Null(result.Score);
    }
}

/// <summary>2.1.3 as a metric indicator: its scale and the input that moves its metric.</summary>
public sealed class CarryOverRateMetricTest
{
    private static readonly BudgetExecution Budget = new(10_303_600m, 15_188_214.45m, 549_070.93m, 101_571.86m, 15_188_214.45m, 0m, 15_635_713.52m, 15_188_214.45m);

    [Fact]
    public void The_scale_exposes_every_band_bound()
    {
        Assert.Equal([0.10m, 0.20m, 0.30m], new CarryOverRate().Scale.Bounds());
    }

    [Theory]
    [InlineData(0.10, 3)]
    [InlineData(0.2, 2)]
    [InlineData(0.30001, 0)]
    public void Adjusting_the_closing_carry_over_puts_the_rate_exactly_where_asked(decimal rate, decimal expected)
    {
        var rule = new CarryOverRate();

        var adjustment = rule.Adjust([Budget], rate)!;
        var result = RuleHarness.Score(rule, adjustment.Facts);

        Assert.Equal(rate, result.Metric!.Value);
        Assert.Equal(expected, result.Score);
        Assert.Equal((nameof(BudgetExecution), nameof(BudgetExecution.ClosingFiscalCarryOver), 101_571.86m), (adjustment.FactType, adjustment.Field, adjustment.From));
    }

    [Fact]
    public void A_negative_rate_cannot_be_reached()
    {
        Assert.Null(new CarryOverRate().Adjust([Budget], -0.01m));
        Assert.Null(new CarryOverRate().Adjust([], 0.1m));
    }
}
