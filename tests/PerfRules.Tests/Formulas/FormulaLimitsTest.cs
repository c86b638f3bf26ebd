using PerfRules.RuleSetFormat.Formulas;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Length, depth and size limits, each reported as a Limit error with a position.</summary>
public sealed class FormulaLimitsTest
{
    [Fact]
    public void A_formula_longer_than_2000_characters_is_refused_at_the_limit()
    {
        var error = SingleError("1" + new string(' ', Formula.MaxLength));

        Assert.Equal(FormulaErrorKind.Limit, error.Kind);
        Assert.Equal(Formula.MaxLength, error.Position);
        Assert.Contains("more than the limit of 2000", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_of_exactly_2000_characters_is_accepted()
    {
        Assert.Equal(1m, Decimal("1" + new string(' ', Formula.MaxLength - 1)));
    }

    [Fact]
    public void Parentheses_nested_too_deep_are_refused_where_the_limit_is_crossed()
    {
        var text = new string('(', 40) + "1" + new string(')', 40);
        var error = SingleError(text);

        Assert.Equal(FormulaErrorKind.Limit, error.Kind);
        Assert.Equal(Formula.MaxDepth - 1, error.Position);
        Assert.Contains("more than 32 levels", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_nested_parentheses_do_not_overflow_the_stack()
    {
        var text = new string('(', 1000) + "1" + new string(')', 1000);
        Assert.Equal(FormulaErrorKind.Limit, SingleError(text).Kind);
    }

    [Fact]
    public void Nested_function_calls_count_towards_the_depth()
    {
        var text = string.Concat(Enumerable.Repeat("abs(", 40)) + "1" + new string(')', 40);
        Assert.Equal(FormulaErrorKind.Limit, SingleError(text).Kind);
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        var text = string.Concat(Enumerable.Repeat("abs(", 15)) + "-1" + new string(')', 15);
        Assert.Equal(1m, Decimal(text));
    }

    [Fact]
    public void A_chain_of_operators_deeper_than_the_limit_is_refused_at_the_deepest_operand()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 40));
        var error = SingleError(text);

        Assert.Equal(FormulaErrorKind.Limit, error.Kind);
        Assert.Equal(0, error.Position);
    }

    [Fact]
    public void A_chain_within_the_depth_limit_is_accepted()
    {
        Assert.Equal(30m, Decimal(string.Join(" + ", Enumerable.Repeat("1", 30))));
    }

    [Fact]
    public void More_than_256_parts_are_refused()
    {
        var text = string.Join(" + ", Enumerable.Range(0, 20).Select(_ => "max(" + string.Join(", ", Enumerable.Repeat("1", 14)) + ")"));
        var error = SingleError(text);

        Assert.Equal(FormulaErrorKind.Limit, error.Kind);
        Assert.Contains("more than 256 parts", error.Message.English, StringComparison.Ordinal);
    }
}
