using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;
using Interval = PerfRules.Scoring.Interval;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Scoring;

/// <summary>支出完成率 (2.1.2) and 结转结余率 (2.1.3) from the Suixi table.</summary>
public sealed class BandScaleTest
{
    /// <summary>结果=100%: 4; 100%>结果≥90%: 3; 90%>结果≥80%: 2; 80%>结果≥70%: 1; 结果&lt;70%: 0.</summary>
    private static readonly BandScale CompletionRate = new(
        new Band(Interval.Exactly(1m), 4),
        new Band(Interval.ClosedOpen(0.9m, 1m), 3),
        new Band(Interval.ClosedOpen(0.8m, 0.9m), 2),
        new Band(Interval.ClosedOpen(0.7m, 0.8m), 1),
        new Band(Interval.Below(0.7m), 0));

    /// <summary>≤10%: 3; 10%&lt;r≤20%: 2; 20%&lt;r≤30%: 1; >30%: 0.</summary>
    private static readonly BandScale CarryOverRate = new(
        new Band(Interval.AtMost(0.1m), 3),
        new Band(Interval.OpenClosed(0.1m, 0.2m), 2),
        new Band(Interval.OpenClosed(0.2m, 0.3m), 1),
        new Band(Interval.Above(0.3m), 0));

    [Theory]
    [InlineData("1", 4)]
    [InlineData("0.999999", 3)]
    [InlineData("0.9", 3)]
    [InlineData("0.899999", 2)]
    [InlineData("0.8", 2)]
    [InlineData("0.799999", 1)]
    [InlineData("0.7", 1)]
    [InlineData("0.699999", 0)]
    [InlineData("0", 0)]
    public void Completion_rate_scores_by_its_band(string rate, int points)
    {
        Assert.Equal(points, CompletionRate.Classify(Dec.Parse(rate)).Points);
    }

    [Fact]
    public void Rate_exactly_100_percent_scores_4()
    {
        Assert.Equal(4m, CompletionRate.Classify(1m).Points);
    }

    [Fact]
    public void Rate_exactly_90_percent_scores_3()
    {
        Assert.Equal(3m, CompletionRate.Classify(0.9m).Points);
    }

    [Fact]
    public void Rate_just_below_90_percent_scores_2()
    {
        Assert.Equal(2m, CompletionRate.Classify(0.8999999999m).Points);
    }

    [Fact]
    public void Suixi_completion_rate_99_35_percent_falls_in_90_to_100_and_scores_3_of_4()
    {
        var rate = Ratio.Of(15_635_713.52m, 549_070.93m + 15_188_214.45m, "支出完成率");

        var hit = CompletionRate.Classify(rate);

        Assert.Equal(0.9935m, Math.Round(rate, 4));
        Assert.Equal(3m, hit.Points);
        Assert.Equal(Interval.ClosedOpen(0.9m, 1m), hit.Interval);
        Assert.Equal(rate, hit.Value);
        Assert.Equal(4m, CompletionRate.MaxPoints);
        Assert.Equal("99.35% ∈ [90%, 100%)，得3分", hit.Describe().Chinese);
        Assert.Equal("99.35% in [90%, 100%), scores 3 points", hit.Describe().English);
    }

    [Fact]
    public void Rate_above_100_percent_falls_in_no_band_and_is_an_error_not_zero()
    {
        var e = Assert.Throws<MetricOutsideBandsException>(() => CompletionRate.Classify(1.02m));

        Assert.Equal(1.02m, e.Value);
        Assert.Contains("1.02", e.Message);
        Assert.Equal(5, e.Intervals.Count);
        Assert.False(CompletionRate.TryClassify(1.02m, out var hit));
        Assert.Null(hit);
    }

    [Theory]
    [InlineData("0.0065", 3)]
    [InlineData("0.1", 3)]
    [InlineData("0.100001", 2)]
    [InlineData("0.2", 2)]
    [InlineData("0.200001", 1)]
    [InlineData("0.3", 1)]
    [InlineData("0.300001", 0)]
    public void Carry_over_rate_bands_include_their_upper_bound(string rate, int points)
    {
        Assert.Equal(points, CarryOverRate.Classify(Dec.Parse(rate)).Points);
    }

    [Fact]
    public void Suixi_carry_over_rate_0_65_percent_is_at_most_10_percent_and_scores_3()
    {
        var rate = Ratio.Of(101_571.86m, 549_070.93m + 15_188_214.45m + 0m, "结转结余率");

        Assert.Equal(0.0065m, Math.Round(rate, 4));
        Assert.Equal(3m, CarryOverRate.Classify(rate).Points);
    }

    [Fact]
    public void Overlapping_bands_are_rejected_naming_both()
    {
        var e = Assert.Throws<ArgumentException>(() => new BandScale(
            new Band(Interval.Closed(0.8m, 0.9m), 2),
            new Band(Interval.ClosedOpen(0.9m, 1m), 3)));

        Assert.Contains("[0.8, 0.9]", e.Message);
        Assert.Contains("[0.9, 1)", e.Message);
    }

    [Fact]
    public void A_scale_without_bands_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new BandScale());
    }

    [Fact]
    public void A_band_with_negative_points_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Band(Interval.AtLeast(0m), -1m));
    }

    [Fact]
    public void Bands_keep_the_criteria_order()
    {
        Assert.Equal([4m, 3m, 2m, 1m, 0m], CompletionRate.Bands.Select(b => b.Points));
    }

    [Fact]
    public void Completion_rate_score_never_falls_as_the_rate_rises()
    {
        var rates = Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000m).ToArbitrary();
        Prop.ForAll(rates, rates, (a, b) =>
            CompletionRate.Classify(Math.Min(a, b)).Points <= CompletionRate.Classify(Math.Max(a, b)).Points)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Carry_over_score_never_rises_as_the_rate_rises()
    {
        var rates = Gen.Choose(0, 2_000_000).Select(i => i / 1_000_000m).ToArbitrary();
        Prop.ForAll(rates, rates, (a, b) =>
            CarryOverRate.Classify(Math.Min(a, b)).Points >= CarryOverRate.Classify(Math.Max(a, b)).Points)
            .QuickCheckThrowOnFailure();
    }
}
