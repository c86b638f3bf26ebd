using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>Xushui 2023: 84.8 of the 93 points that applied converts to 91.18.</summary>
public sealed class ConversionTest
{
    [Fact]
    public void Xushui_84_8_of_93_converts_to_91_18()
    {
        var result = Conversion.Apply(84.8m, 93m);
        Assert.Equal(91.18m, result.Score);
        Assert.Equal(100m, result.Scale);
        Assert.True(result.UnroundedScore > 91.182m && result.UnroundedScore < 91.183m);
    }

    [Fact]
    public void A_full_score_converts_to_the_scale()
    {
        Assert.Equal(100m, Conversion.Apply(93m, 93m).Score);
    }

    [Fact]
    public void No_points_applied_is_an_error()
    {
        Assert.Throws<ZeroDenominatorException>(() => Conversion.Apply(0m, 0m));
    }

    [Fact]
    public void A_raw_score_above_the_points_applied_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.Apply(94m, 93m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.Apply(-1m, 93m));
    }
}
