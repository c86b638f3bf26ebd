using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.3.2 固定资产利用率: ≥ 95% → 3; [90%, 95%) → 1; &lt; 90% → 0.</summary>
public sealed class FixedAssetUtilizationRateTest
{
    // All fixed assets worth 1,000,000: the in-use value is the rate in millionths.
    private static FixedAssets InUse(decimal inUse) => new(1_000_000m, inUse);

    [Theory]
    [InlineData(1_000_000, 3)]
    [InlineData(950_000, 3)] // exactly 95%: "高于95%(含)"
    [InlineData(949_999, 1)] // just below 95%
    [InlineData(900_000, 1)] // exactly 90%: "90%(含)"
    [InlineData(899_999, 0)] // just below 90%
    [InlineData(0, 0)]
    public void Rate_at_and_around_each_bound_scores_its_band(decimal inUse, decimal expected)
    {
        var result = RuleHarness.Score(new FixedAssetUtilizationRate(), [InUse(inUse)]);

        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
        Assert.Equal(expected, result.Score);
        Assert.Equal(3m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void In_use_above_the_total_is_an_error()
    {
        var result = RuleHarness.Score(new FixedAssetUtilizationRate(), [InUse(1_000_001m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(FixedAssets.InUseOriginalValue) && p.IndicatorCode == "2.3.2");
    }

    [Fact]
    public void No_fixed_assets_at_all_is_an_error_not_a_score()
    {
        var result = RuleHarness.Score(new FixedAssetUtilizationRate(), [new FixedAssets(0m, 0m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Null(result.Score);
    }

    [Fact]
    public void No_fixed_asset_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new FixedAssetUtilizationRate(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_figures_give_100_percent_and_3_points()
    {
        var result = RuleHarness.Score(new FixedAssetUtilizationRate(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.3.2"), result.Score);
        Assert.Contains("19733782.26/19733782.26=100.00%", result.Note.Chinese, StringComparison.Ordinal);
    }
}
