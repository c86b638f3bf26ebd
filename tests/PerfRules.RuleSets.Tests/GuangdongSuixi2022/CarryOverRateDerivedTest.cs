using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// A county's 2.1.3 derived from Suixi's: the same rate on the county's bands, with the county's criteria; a best band
/// that is not the row's 3 points is refused.
/// </summary>
public sealed class CarryOverRateDerivedTest
{
    // Available funds of 1,000,000: the closing carry-over is the rate in ten-thousandths of a percent.
    private static BudgetExecution WithClosing(decimal closing) =>
        new(1_000_000m, 1_000_000m, 0m, closing, 1_000_000m, 0m, 1_000_000m - closing, 1_000_000m);

    [Theory]
    [InlineData(50_000, 3)]
    [InlineData(50_001, 2)]
    [InlineData(100_000, 2)]
    [InlineData(150_001, 0)]
    public void A_derived_rule_scores_the_same_rate_on_its_own_bands_and_prints_its_own_criteria(decimal closing, decimal expected)
    {
        var rule = new HalvedBands();

        var result = RuleHarness.Score(rule, [WithClosing(closing)]);

        Assert.Equal((IndicatorOutcome.Scored, expected), (result.Outcome, result.Score));
        Assert.Equal("结转结余率≤5%得3分", rule.Indicator.Criteria?.Chinese);
        Assert.Equal([0.05m, 0.10m, 0.15m], rule.Scale.Bounds());
    }

    [Fact]
    public void A_derived_rule_whose_best_band_is_not_the_row_s_3_points_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TooGenerous());

        Assert.Contains("3 points", error.Message, StringComparison.Ordinal);
    }

    private sealed class HalvedBands() : CarryOverRate(
        new BandScale(
            new Band(Interval.AtMost(0.05m), 3m),
            new Band(Interval.OpenClosed(0.05m, 0.10m), 2m),
            new Band(Interval.OpenClosed(0.10m, 0.15m), 1m),
            new Band(Interval.Above(0.15m), 0m)),
        new LocalizedText("结转结余率≤5%得3分"));

    private sealed class TooGenerous() : CarryOverRate(
        new BandScale(new Band(Interval.AtMost(0.05m), 4m), new Band(Interval.Above(0.05m), 0m)),
        new LocalizedText("结转结余率≤5%得4分"));
}
