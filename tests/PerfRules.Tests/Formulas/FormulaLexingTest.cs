using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using PerfRules.RuleSetFormat.Formulas.Syntax;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Tokens: numbers, percentages, strings in either quote, case-insensitive keywords, and hints for look-alike characters.</summary>
public sealed class FormulaLexingTest
{
    [Fact]
    public void Tokens_carry_kind_position_and_value()
    {
        var tokens = Lexer.Tokenize("sum(EvaluatorFinding.Points) >= 0.5");

        Assert.Equal(
            [TokenKind.Identifier, TokenKind.OpenParen, TokenKind.Identifier, TokenKind.Dot, TokenKind.Identifier, TokenKind.CloseParen,
             TokenKind.GreaterOrEqual, TokenKind.Number, TokenKind.End],
            tokens.Select(t => t.Kind));
        Assert.Equal(29, tokens[6].Position);
        Assert.Equal(0.5m, tokens[7].Number);
        Assert.Equal(35, tokens[^1].Position);
    }

    [Theory]
    [InlineData("5%", "0.05")]
    [InlineData("100%", "1")]
    [InlineData("12.5 %", "0.125")]
    [InlineData("0.05", "0.05")]
    [InlineData("15635713.52", "15635713.52")]
    public void Numbers_and_percentages_are_exact_decimals(string text, string expected)
    {
        Assert.Equal(Dec.Parse(expected), Decimal(text));
    }

    [Fact]
    public void Strings_may_use_double_or_single_quotes_so_that_formulas_in_JSON_need_no_escapes()
    {
        Assert.True(Boolean("\"2.1.7\" == '2.1.7'"));
    }

    [Fact]
    public void Escapes_in_strings_cover_quotes_and_backslash()
    {
        Assert.Equal("a\"b'c\\d", Evaluate("\"a\\\"b\\'c\\\\d\"", []).AsString());
    }

    [Theory]
    [InlineData("true AND not FALSE")]
    [InlineData("True and Not false")]
    [InlineData("TRUE Or false")]
    public void Keywords_are_case_insensitive(string text)
    {
        Assert.True(Boolean(text));
    }

    [Fact]
    public void Function_names_are_case_insensitive()
    {
        Assert.Equal(3m, Decimal("MAX(1, 3)"));
        Assert.Equal(2.13m, Decimal("Round(2.125, 2)"));
    }

    [Fact]
    public void Whitespace_and_newlines_are_ignored_and_lines_are_counted()
    {
        Assert.Equal(3m, Decimal("1\n+\t2"));
        var error = SingleError("1 +\n  2 $");
        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
    }

    [Theory]
    [InlineData("1 = 1", "'=='")]
    [InlineData("!true", "'not'")]
    [InlineData("true && false", "'and'")]
    [InlineData("true || false", "'or'")]
    [InlineData("1 <> 2", "'!='")]
    public void Operators_from_other_languages_are_refused_with_the_one_to_use(string text, string hint)
    {
        var error = SingleError(text);
        Assert.Equal(FormulaErrorKind.Syntax, error.Kind);
        Assert.Contains(hint, error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("max（1, 2）", 3, "(")]
    [InlineData("max(1，2)", 5, ",")]
    [InlineData("Disclosure.Kind == “Budget”", 19, "\"")]
    [InlineData("1 ＋ 2", 2, "+")]
    public void Full_width_characters_from_a_Chinese_input_method_get_a_hint(string text, int position, string ascii)
    {
        var error = SingleError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("半角", error.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains($"'{ascii}'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_names_outside_quotes_are_refused_with_advice()
    {
        var error = SingleError("支出完成率 > 0.9");

        Assert.Equal(0, error.Position);
        Assert.Contains("quotes", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_without_digits_after_its_point_is_an_error()
    {
        var error = SingleError("1. + 2");
        Assert.Equal(0, error.Position);
        Assert.Contains("1.0", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_starting_with_a_point_is_refused_with_the_spelling_to_use()
    {
        var error = SingleError("1 + .5");
        Assert.Equal(4, error.Position);
        Assert.Contains("0.5", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_larger_than_a_decimal_is_an_error()
    {
        var error = SingleError("99999999999999999999999999999999 + 1");
        Assert.Equal(0, error.Position);
        Assert.Contains("too large", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_escape_in_a_string_is_an_error_at_the_backslash()
    {
        var error = SingleError("\"a\\nb\" == \"x\"");
        Assert.Equal(2, error.Position);
    }
}
