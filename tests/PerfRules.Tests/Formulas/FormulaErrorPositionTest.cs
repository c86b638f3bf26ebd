using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Every parse and check error names its position, line and column, and what was expected.</summary>
public sealed class FormulaErrorPositionTest
{
    [Fact]
    public void A_formula_ending_after_an_operator_is_an_error_at_its_end_listing_what_may_follow()
    {
        var error = SingleError("1 + ");

        Assert.Equal(FormulaErrorKind.Syntax, error.Kind);
        Assert.Equal(4, error.Position);
        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Equal(0, error.Length);
        Assert.Contains("expected a number, a quoted string", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("the end of the formula", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("公式结尾", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_check_error_at_the_field_naming_the_fields_there_are()
    {
        var error = SingleError("BudgetExecution.Nope");

        Assert.Equal(FormulaErrorKind.Check, error.Kind);
        Assert.Equal(16, error.Position);
        Assert.Equal(4, error.Length);
        Assert.Contains("BudgetExecution has no field 'Nope'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("ActualExpenditure", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_gets_a_suggestion()
    {
        var error = SingleError("BudgetExecution.ActualExpenditur / 2");
        Assert.Contains("did you mean 'ActualExpenditure'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("是否应为“ActualExpenditure”", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_in_the_wrong_case_gets_the_right_spelling()
    {
        var error = SingleError("budgetExecution.actualExpenditure");
        Assert.Equal(0, error.Position);
        Assert.Contains("did you mean 'BudgetExecution'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_function_is_a_check_error_at_its_name_listing_the_functions()
    {
        var error = SingleError("foo(1)");

        Assert.Equal(FormulaErrorKind.Check, error.Kind);
        Assert.Equal(0, error.Position);
        Assert.Equal(3, error.Length);
        Assert.Contains("unknown function 'foo'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("workdays", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_function_gets_a_suggestion()
    {
        Assert.Contains("did you mean 'workdays'", SingleError("workday(date(\"2023-01-01\"), date(\"2023-01-02\"))").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_string_is_an_error_at_its_opening_quote()
    {
        var error = SingleError("one(Disclosure where Kind == \"Budget).PublishedOn");

        Assert.Equal(FormulaErrorKind.Syntax, error.Kind);
        Assert.Equal(29, error.Position);
        Assert.Contains("unterminated string", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_cannot_run_over_a_line_break()
    {
        var error = SingleError("\"abc\n\" == \"x\"");
        Assert.Equal(0, error.Position);
    }

    [Fact]
    public void An_unknown_fact_type_names_the_fact_types_there_are()
    {
        var error = SingleError("Budget.ActualExpenditure");

        Assert.Equal(0, error.Position);
        Assert.Contains("unknown fact type 'Budget'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("BudgetExecution", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_field_outside_a_where_condition_is_told_to_name_its_fact_type()
    {
        var error = SingleError("ActualExpenditure / 2");
        Assert.Contains("BudgetExecution.ActualExpenditure", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_closing_parenthesis_is_an_error_at_the_end_expecting_it()
    {
        var error = SingleError("(1 + 2");
        Assert.Equal(6, error.Position);
        Assert.Contains("or ')'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_separator_lists_comma_and_where()
    {
        var error = SingleError("count(EvaluatorFinding Points)");
        Assert.Equal(23, error.Position);
        Assert.Contains("'where', ',' or ')'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_must_be_followed_by_a_field_name()
    {
        var error = SingleError("BudgetExecution.(1)");
        Assert.Equal(16, error.Position);
        Assert.Contains("a field name", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_outside_an_aggregate_is_an_error_at_the_keyword()
    {
        var error = SingleError("Disclosure.PublishedOn where Kind == \"Budget\"");
        Assert.Equal(23, error.Position);
        Assert.Contains("'where' can only follow a fact list", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_in_an_argument_of_a_scalar_function_is_a_check_error()
    {
        var error = SingleError("abs(EvaluatorFinding.Points where Points > 1)");
        Assert.Equal(FormulaErrorKind.Check, error.Kind);
        Assert.Equal(28, error.Position);
    }

    [Fact]
    public void A_percent_sign_after_an_expression_is_an_error()
    {
        var error = SingleError("(1 + 2)%");
        Assert.Equal(7, error.Position);
        Assert.Contains("5%", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_formula_is_an_error_at_position_0()
    {
        var error = SingleError("   ");
        Assert.Equal(3, error.Position);
        Assert.Contains("expected a number", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_on_later_lines_report_line_and_column()
    {
        var error = SingleError("BudgetExecution.ActualExpenditure\n  / BudgetExecution.Budget");

        Assert.Equal(2, error.Line);
        Assert.Equal(21, error.Column);
        Assert.Equal("第2行第21列：" + error.Message.Chinese, error.Describe());
        Assert.StartsWith("line 2, column 21: ", error.Describe(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_a_FormulaException_locating_the_first_error_with_a_caret()
    {
        var e = Assert.Throws<FormulaException>(() => Formula.Parse("1 + foo(2)", Schema));

        Assert.Equal(4, e.Position);
        Assert.Equal(1, e.Line);
        Assert.Equal(5, e.Column);
        Assert.Equal("1 + foo(2)", e.Formula);
        Assert.Contains("1 + foo(2)" + Environment.NewLine + "    ^", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_errors_are_all_reported_in_order_of_position()
    {
        var errors = Errors("BudgetExecution.Nope + Procurement.Planed + foo(1)");

        Assert.Equal([16, 35, 44], errors.Select(e => e.Position));
        Assert.All(errors, e => Assert.Equal(FormulaErrorKind.Check, e.Kind));
    }

    [Fact]
    public void TryParse_succeeds_with_no_errors()
    {
        Assert.True(Formula.TryParse("1 + 1", Schema, out var formula, out var errors));
        Assert.NotNull(formula);
        Assert.Empty(errors);
    }
}
