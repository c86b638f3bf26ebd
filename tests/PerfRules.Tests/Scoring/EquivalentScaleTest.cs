using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>“四个全面”绩效考核为二等奖（视同为85分）.</summary>
public sealed class EquivalentScaleTest
{
    private static readonly EquivalentScale Tiers = new(new Dictionary<string, decimal>
    {
        ["一等奖"] = 95m,
        ["二等奖"] = 85m,
    });

    [Fact]
    public void Second_prize_counts_as_85()
    {
        Assert.Equal(new EquivalentHit("二等奖", 85m), Tiers.Map("二等奖"));
    }

    [Fact]
    public void An_unknown_label_is_an_error_naming_it_and_the_known_ones()
    {
        var e = Assert.Throws<UnknownEquivalentLabelException>(() => Tiers.Map("三等奖"));

        Assert.Equal("三等奖", e.Label);
        Assert.Equal(["一等奖", "二等奖"], e.KnownLabels);
        Assert.Contains("三等奖", e.Message);
    }

    [Fact]
    public void Labels_match_exactly()
    {
        Assert.Throws<UnknownEquivalentLabelException>(() => Tiers.Map(" 二等奖"));
    }

    [Fact]
    public void Empty_scales_and_blank_or_repeated_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new EquivalentScale([]));
        Assert.Throws<ArgumentException>(() => new EquivalentScale([new KeyValuePair<string, decimal>(" ", 1m)]));
        Assert.Throws<ArgumentException>(() => new EquivalentScale(
            [new KeyValuePair<string, decimal>("二等奖", 85m), new KeyValuePair<string, decimal>("二等奖", 80m)]));
    }
}
