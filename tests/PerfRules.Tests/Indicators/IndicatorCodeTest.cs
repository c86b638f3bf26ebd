using PerfRules.Indicators;

namespace PerfRules.Tests.Indicators;

/// <summary>What counts as an indicator code, and how codes relate to their parents.</summary>
public sealed class IndicatorCodeTest
{
    [Theory]
    [InlineData("1")]
    [InlineData("2.1.2")]
    [InlineData("10.02.3")]
    [InlineData("123456789")]
    public void Dotted_positive_numbers_are_codes(string code) => Assert.True(IndicatorCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("2.")]
    [InlineData(".2")]
    [InlineData("2..1")]
    [InlineData("0")]
    [InlineData("2.00")]
    [InlineData("2.a")]
    [InlineData("2.1 ")]
    [InlineData("２.1")]
    [InlineData("-1")]
    [InlineData("1234567890")]
    public void Anything_else_is_not(string? code) => Assert.False(IndicatorCode.IsValid(code));

    [Theory]
    [InlineData("2.1.2", "2.1", true)]
    [InlineData("2.1", "2", true)]
    [InlineData("2.1.2", "2", false)]
    [InlineData("2.11", "2.1", false)]
    [InlineData("21.1", "2", false)]
    [InlineData("2", "2", false)]
    public void A_child_is_one_level_below_its_parent(string code, string parent, bool expected)
    {
        Assert.Equal(expected, IndicatorCode.Parent(code) == parent);
        Assert.Equal(expected, new ParentCodes().Of(code) == parent);
    }

    [Fact]
    public void A_level_1_code_has_no_parent()
    {
        Assert.Null(IndicatorCode.Parent("2"));
        Assert.Null(new ParentCodes().Of("2"));
    }

    [Fact]
    public void Parent_codes_are_built_once_per_code()
    {
        var parents = new ParentCodes();

        var first = parents.Of("2.1.2");
        var again = parents.Of(new string("2.1.2".AsSpan()));

        // The group rule keys every result by its parent's code: the same string each time, not a new one per result.
        Assert.Equal("2.1", first);
        Assert.Same(first, again);
        Assert.NotSame(first, IndicatorCode.Parent("2.1.2"));
    }
}
