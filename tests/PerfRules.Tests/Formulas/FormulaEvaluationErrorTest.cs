using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>Facts that cannot be computed with give an Error value locating the operation, never an exception.</summary>
public sealed class FormulaEvaluationErrorTest
{
    [Fact]
    public void Division_by_zero_is_an_error_naming_the_formula_the_position_and_the_divisor()
    {
        const string text = "Procurement.Actual / Procurement.Planned";
        var value = EvaluateOverSuixi(text);

        Assert.Equal(FormulaValueKind.Error, value.Kind);
        var error = value.Error!;
        Assert.Equal(FormulaErrorKind.Evaluation, error.Kind);
        Assert.Equal(text, error.Formula);
        Assert.Equal(19, error.Position);
        Assert.Equal((1, 20), (error.Line, error.Column));
        Assert.Equal("除数为0：Procurement.Planned = 0", error.Message.Chinese);
        Assert.Equal("division by zero: Procurement.Planned is 0", error.Message.English);
    }

    [Fact]
    public void Division_by_a_literal_zero_is_an_evaluation_error_too()
    {
        Assert.Equal(FormulaErrorKind.Evaluation, Evaluate("1 / (2 - 2)", []).Error!.Kind);
    }

    [Fact]
    public void Overflow_is_an_error_not_an_exception()
    {
        var value = Evaluate("79228162514264337593543950335 * 2", []);
        Assert.Contains("too large", value.Error!.Message.English, StringComparison.Ordinal);
        Assert.Equal(30, value.Error.Position);
    }

    [Fact]
    public void A_single_read_of_a_type_with_several_facts_is_ambiguous()
    {
        var value = EvaluateOverSuixi("Disclosure.PublishedOn == null");

        var error = value.Error!;
        Assert.Equal(0, error.Position);
        Assert.Contains("there are 4 Disclosure facts, so Disclosure.PublishedOn is ambiguous", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("one(Disclosure where ...)", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void One_with_several_matches_is_an_error()
    {
        var value = EvaluateOverSuixi("one(Disclosure where Inspection == \"NoProblem\").PublishedOn");
        Assert.Contains("one needs exactly one Disclosure fact where Inspection == \"NoProblem\", but there are 2", value.Error!.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_any_where_condition_makes_the_aggregate_an_error()
    {
        var facts = new object[] { new Procurement(100m, 50m), new Procurement(0m, 10m) };
        Assert.Equal(FormulaValueKind.Error, Evaluate("any(Procurement where Actual / Planned > 0.4)", facts).Kind);
    }

    [Fact]
    public void An_error_wins_over_missing_data_whatever_the_order_of_the_facts()
    {
        var facts = new object[]
        {
            new ThreePublicExpenses(null, null, StatedWithinBudget: true),
            new ThreePublicExpenses(0m, 5m),
        };
        var formula = Formula.Parse("count(ThreePublicExpenses where Actual / Budget > 1)", Schema);

        Assert.Equal(FormulaValueKind.Error, formula.Evaluate(new FormulaScope(facts)).Kind);
        Assert.Equal(FormulaValueKind.Error, formula.Evaluate(new FormulaScope(facts.Reverse())).Kind);
    }

    [Fact]
    public void Evaluate_rejects_a_null_scope_and_a_scope_rejects_null_facts()
    {
        var formula = Formula.Parse("1", Schema);
        Assert.Throws<ArgumentNullException>(() => formula.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new FormulaScope([Suixi.Budget, null!]));
    }

    [Fact]
    public void AsDecimal_of_an_error_throws_naming_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Evaluate("1 / 0", []).AsDecimal());
        Assert.Contains("division by zero", e.Message, StringComparison.Ordinal);
    }
}
