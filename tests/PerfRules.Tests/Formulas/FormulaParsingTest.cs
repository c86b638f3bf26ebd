using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using PerfRules.RuleSetFormat.Formulas.Syntax;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Precedence and associativity, shown by the canonical print of the parsed tree and by evaluation.</summary>
public sealed class FormulaParsingTest
{
    private static string Canonical(string text) => SyntaxPrinter.Print(Parser.Parse(text));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("12 / 3 / 2", "2")]
    [InlineData("-2 * 3", "-6")]
    [InlineData("- -2", "2")]
    [InlineData("2 - -2", "4")]
    [InlineData("1 - 50%", "0.5")]
    public void Arithmetic_follows_the_usual_precedence_and_left_associativity(string text, string expected)
    {
        Assert.Equal(Dec.Parse(expected), Decimal(text));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "1 + 2 * 3")]
    [InlineData("(1 + 2) * 3", "(1 + 2) * 3")]
    [InlineData("10 - (4 - 3)", "10 - (4 - 3)")]
    [InlineData("((10 - 4)) - 3", "10 - 4 - 3")]
    [InlineData("true or false and false", "true or false and false")]
    [InlineData("(true or false) and false", "(true or false) and false")]
    [InlineData("not 1 == 2", "not 1 == 2")]
    [InlineData("(not true) == false", "(not true) == false")]
    [InlineData("1 + 2 < 4", "1 + 2 < 4")]
    [InlineData("-(1 + 2)", "-(1 + 2)")]
    [InlineData("5%", "0.05")]
    [InlineData("'x'", "\"x\"")]
    [InlineData("COUNT(EvaluatorFinding WHERE Points > 1)", "count(EvaluatorFinding where Points > 1)")]
    [InlineData("one(Disclosure where Kind == \"Budget\").PublishedOn", "one(Disclosure where Kind == \"Budget\").PublishedOn")]
    public void The_canonical_print_shows_how_the_formula_groups(string text, string canonical)
    {
        Assert.Equal(canonical, Canonical(text));
    }

    [Fact]
    public void Not_binds_looser_than_comparison_and_tighter_than_and()
    {
        Assert.True(Boolean("not 1 == 2 and true"));
        Assert.False(Boolean("not (1 == 1 and true)"));
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        Assert.True(Boolean("true or false and false"));
        Assert.False(Boolean("(true or false) and false"));
    }

    [Fact]
    public void Comparisons_cannot_be_chained()
    {
        var error = SingleError("1 < 2 < 3");

        Assert.Equal(FormulaErrorKind.Syntax, error.Kind);
        Assert.Equal(6, error.Position);
        Assert.Contains("chained", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_is_parsed_only_inside_call_arguments()
    {
        var call = Assert.IsType<CallNode>(Parser.Parse("sum(EvaluatorFinding.Points where IndicatorCode == \"2.1.7\" and Points > 0)"));
        var where = Assert.IsType<WhereNode>(Assert.Single(call.Arguments));

        Assert.IsType<MemberNode>(where.Source);
        Assert.Equal(BinaryOperator.And, Assert.IsType<BinaryNode>(where.Condition).Operator);
    }

    [Fact]
    public void Nodes_record_their_span_in_the_text()
    {
        var node = Assert.IsType<BinaryNode>(Parser.Parse("  BudgetExecution.ActualExpenditure / 2"));

        Assert.Equal(2, node.Start);
        Assert.Equal(39, node.End);
        Assert.Equal(36, node.OperatorPosition);
        Assert.Equal(18, Assert.IsType<MemberNode>(node.Left).MemberStart);
    }

    [Fact]
    public void A_formula_keeps_its_text()
    {
        var formula = Formula.Parse(" 1+2 ", Schema);
        Assert.Equal(" 1+2 ", formula.Text);
        Assert.Equal(" 1+2 ", formula.ToString());
    }
}
