using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

public sealed class RatioTest
{
    [Fact]
    public void Ratio_divides_exactly()
    {
        Assert.Equal(1m, Ratio.Of(19_733_782.26m, 19_733_782.26m, "固定资产利用率"));
    }

    [Fact]
    public void Zero_denominator_is_an_error_naming_what_was_computed()
    {
        var e = Assert.Throws<ZeroDenominatorException>(() => Ratio.Of(5m, 0m, "存量资金变动率"));
        Assert.Equal("存量资金变动率", e.What);
        Assert.Equal(5m, e.Numerator);
        Assert.Contains("存量资金变动率", e.Message);
    }
}
