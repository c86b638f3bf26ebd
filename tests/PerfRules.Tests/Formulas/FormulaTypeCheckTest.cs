using PerfRules.RuleSetFormat.Formulas;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Type checking at parse time: operands, function arguments, result types, enum values and references.</summary>
public sealed class FormulaTypeCheckTest
{
    [Fact]
    public void Adding_a_true_false_value_to_a_number_is_a_check_error_at_the_offending_side()
    {
        var error = SingleError("true + 1");

        Assert.Equal(FormulaErrorKind.Check, error.Kind);
        Assert.Equal(0, error.Position);
        Assert.Contains("'+' needs numbers on both sides, but its left side is a true/false value", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bool_field_in_arithmetic_is_an_error()
    {
        var error = SingleError("1 + SubordinateBudgetApproval.IsApproved");
        Assert.Equal(4, error.Position);
        Assert.Contains("right side is a true/false value", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtracting_dates_is_refused_with_days_as_the_advice()
    {
        var error = SingleError("date(\"2023-05-05\") - date(\"2023-04-30\")");
        Assert.Contains("days(from, to)", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 < true")]
    [InlineData("\"a\" < \"b\"")]
    [InlineData("date(\"2023-01-01\") < 5")]
    public void Ordering_compares_only_two_numbers_or_two_dates(string text)
    {
        Assert.Equal(FormulaErrorKind.Check, SingleError(text).Kind);
    }

    [Fact]
    public void Equality_needs_the_same_type_on_both_sides()
    {
        var error = SingleError("Disclosure.Kind == 1");
        Assert.Contains("its left side is text and its right side is a number", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void And_needs_true_false_values()
    {
        var error = SingleError("1 and true");
        Assert.Contains("'and' needs true/false values", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_and_minus_check_their_operand()
    {
        Assert.Contains("'not' needs a true/false value", SingleError("not 1").Message.English, StringComparison.Ordinal);
        Assert.Contains("'-' needs a number", SingleError("-true").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void If_needs_a_condition_and_branches_of_one_type()
    {
        Assert.Contains("argument 1 of if must be a true/false value", SingleError("if(1, 2, 3)").Message.English, StringComparison.Ordinal);
        Assert.Contains("must have the same type", SingleError("if(true, 2, \"x\")").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_with_the_wrong_number_of_arguments_names_its_signature()
    {
        var error = SingleError("round(1, 2, 3)");

        Assert.Equal(0, error.Position);
        Assert.Equal(5, error.Length);
        Assert.Contains("round takes 1 to 2 arguments (round(x, places)), but got 3", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_places_must_be_a_whole_number_literal()
    {
        Assert.Contains("whole number from 0 to 28", SingleError("round(1.5, 1.5)").Message.English, StringComparison.Ordinal);
        Assert.Contains("whole number from 0 to 28", SingleError("round(1.5, BudgetExecution.ActualExpenditure)").Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date(\"2023-4-30\")")]
    [InlineData("date(\"2023-02-30\")")]
    [InlineData("date(Disclosure.Url)")]
    public void Date_takes_a_valid_yyyy_MM_dd_literal(string text)
    {
        var error = SingleError(text);
        Assert.Equal(5, error.Position);
        Assert.Contains("yyyy-MM-dd", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_enum_value_is_a_check_error_naming_the_values()
    {
        var error = SingleError("one(Disclosure where Kind == \"Budgte\").PublishedOn == null");

        Assert.Equal(29, error.Position);
        Assert.Contains("did you mean 'Budget'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("FinalAccounts", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_can_be_compared_from_either_side()
    {
        Assert.Equal(FormulaErrorKind.Check, SingleError("count(Disclosure where \"Final\" == Kind)").Kind);
        Assert.True(Formula.TryParse("count(Disclosure where \"FinalAccounts\" == Kind) == 1", Schema, out _, out _));
    }

    [Fact]
    public void A_fact_type_is_not_a_value()
    {
        var error = SingleError("BudgetExecution * 2");
        Assert.Contains("BudgetExecution is a fact type, not a value", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_cannot_result_in_a_whole_fact_or_null()
    {
        Assert.Contains("whole Disclosure fact", SingleError("one(Disclosure where Kind == \"Budget\")").Message.English, StringComparison.Ordinal);
        Assert.Contains("cannot be just null", SingleError("null").Message.English, StringComparison.Ordinal);
        Assert.Contains("null cannot be compared with null", SingleError("null == null").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_accepted_only_by_equality()
    {
        Assert.Equal(FormulaErrorKind.Check, SingleError("1 + null").Kind);
        Assert.Equal(FormulaErrorKind.Check, SingleError("if(true, null, 1)").Kind);
    }

    [Fact]
    public void Aggregates_check_their_fact_list()
    {
        Assert.Contains("sum needs a field", SingleError("sum(EvaluatorFinding)").Message.English, StringComparison.Ordinal);
        Assert.Contains("count works on whole facts", SingleError("count(EvaluatorFinding.Points)").Message.English, StringComparison.Ordinal);
        Assert.Contains("sum needs a field that is a number", SingleError("sum(EvaluatorFinding.IndicatorCode)").Message.English, StringComparison.Ordinal);
        Assert.Contains("all needs a where condition", SingleError("all(Disclosure)").Message.English, StringComparison.Ordinal);
        Assert.Contains("count takes a fact list", SingleError("count(1 + 2)").Message.English, StringComparison.Ordinal);
        Assert.Contains("or at least two values", SingleError("max(5)").Message.English, StringComparison.Ordinal);
        Assert.Contains("must be followed by a condition", SingleError("count(Disclosure where DayLimit)").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_names_in_a_where_condition_are_fields_of_the_fact_tested()
    {
        var error = SingleError("count(EvaluatorFinding where Indicator == \"2.1.7\")");

        Assert.Equal(29, error.Position);
        Assert.Contains("expected a field of EvaluatorFinding", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("did you mean 'IndicatorCode'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_cannot_be_followed_by_a_dot()
    {
        var error = SingleError("count(Disclosure where Kind.Name == \"x\")");
        Assert.Contains("'.Name' can only follow a fact type or one(...)", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BudgetExecution.ActualExpenditure / 2", FormulaType.Decimal)]
    [InlineData("Procurement.Actual <= Procurement.Planned", FormulaType.Boolean)]
    [InlineData("one(Disclosure where Kind == \"Budget\").Kind", FormulaType.String)]
    [InlineData("one(Disclosure.PublishedOn where Kind == \"Budget\")", FormulaType.Date)]
    [InlineData("count(EvaluatorFinding)", FormulaType.Decimal)]
    [InlineData("any(EvaluatorFinding)", FormulaType.Boolean)]
    [InlineData("max(Disclosure.PublishedOn)", FormulaType.Date)]
    [InlineData("PetitionHandling.Cases", FormulaType.Decimal)]
    public void The_result_type_is_known_once_parsed(string text, FormulaType type)
    {
        Assert.Equal(type, Formula.Parse(text, Schema).ResultType);
    }

    [Fact]
    public void References_list_each_fact_type_and_field_read_once_in_order()
    {
        var formula = Formula.Parse(
            "sum(EvaluatorFinding.Points where IndicatorCode == \"2.1.7\") + count(Disclosure) + BudgetExecution.ActualExpenditure / BudgetExecution.ActualExpenditure",
            Schema);

        Assert.Equal(
            ["BudgetExecution.ActualExpenditure", "Disclosure", "EvaluatorFinding.IndicatorCode", "EvaluatorFinding.Points"],
            formula.References.Select(r => r.ToString()));
        Assert.Null(formula.References[1].Field);
    }

    [Fact]
    public void RequiresCalendar_tells_whether_workdays_is_used()
    {
        Assert.True(Formula.Parse("workdays(date(\"2023-04-30\"), date(\"2023-05-05\"))", Schema).RequiresCalendar);
        Assert.False(Formula.Parse("days(date(\"2023-04-30\"), date(\"2023-05-05\"))", Schema).RequiresCalendar);
    }
}
