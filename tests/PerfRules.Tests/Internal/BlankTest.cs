using PerfRules.Internal;

namespace PerfRules.Tests.Internal;

public sealed class BlankTest
{
    [Fact]
    public void No_white_space_character_lies_above_the_highest_one()
    {
        for (var c = char.MaxValue; c > Blank.HighestWhiteSpace; c--)
        {
            Assert.False(char.IsWhiteSpace(c), $"U+{(int)c:X4} is white space");
        }

        Assert.True(char.IsWhiteSpace(Blank.HighestWhiteSpace));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000")]
    [InlineData("\u3000\u00A0\t ")]
    public void A_blank_text_is_refused_under_its_parameter_name(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => Blank.ThrowIfBlank(text));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void A_null_text_is_refused_as_null()
    {
        string? text = null;

        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Blank.ThrowIfBlank(text)).ParamName);
    }

    [Theory]
    [InlineData("得分")]
    [InlineData("\u3000得分")]
    [InlineData(" a")]
    [InlineData("\uFEFF")]
    public void A_text_with_something_in_it_passes(string text) => Assert.Null(Record.Exception(() => Blank.ThrowIfBlank(text)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData("\u3000")]
    [InlineData("\u3000\u2028")]
    [InlineData("\u3000得")]
    [InlineData("得")]
    [InlineData(" x")]
    [InlineData("\uFEFF")]
    public void Is_says_what_string_IsNullOrWhiteSpace_says(string? text) =>
        Assert.Equal(string.IsNullOrWhiteSpace(text), Blank.Is(text));
}
