using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>The value a formula gives: its kind, its accessors and its text.</summary>
public sealed class FormulaValueTest
{
    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("1 == 1", "true")]
    [InlineData("'Budget'", "\"Budget\"")]
    [InlineData("date(\"2023-04-30\")", "date(\"2023-04-30\")")]
    public void A_value_prints_as_a_formula_would_write_it(string text, string printed)
    {
        Assert.Equal(printed, Evaluate(text, []).ToString());
    }

    [Fact]
    public void Missing_and_error_values_print_their_reason()
    {
        Assert.StartsWith("missing: no BudgetExecution fact", Evaluate("BudgetExecution.ActualExpenditure", []).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("error: line 1, column 3: division by zero", Evaluate("1 / 0", []).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Accessors_refuse_a_value_of_another_kind()
    {
        var value = Evaluate("1", []);
        Assert.Equal(1m, value.AsDecimal());
        Assert.Throws<InvalidOperationException>(() => value.AsBoolean());
        Assert.Throws<InvalidOperationException>(() => value.AsString());
        Assert.Throws<InvalidOperationException>(() => value.AsDate());
        Assert.Null(value.Missing);
        Assert.Null(value.Error);
        Assert.True(value.HasValue);
    }

    [Fact]
    public void Values_are_equal_when_kind_and_payload_are()
    {
        Assert.Equal(Evaluate("1.0", []), Evaluate("1", []));
        Assert.Equal(Evaluate("1.0", []).GetHashCode(), Evaluate("1", []).GetHashCode());
        Assert.NotEqual(Evaluate("1", []), Evaluate("true", []));
        Assert.Equal(EvaluateOverSuixi("Procurement.Actual"), EvaluateOverSuixi("Procurement.Actual"));
    }

    [Fact]
    public void The_results_of_one_formula_over_the_same_facts_are_equal_even_when_missing()
    {
        var formula = Formula.Parse("BudgetExecution.ActualExpenditure", Schema);
        var facts = WithoutType<PerfRules.Facts.BudgetExecution>();
        Assert.Equal(formula.Evaluate(new FormulaScope(facts)), formula.Evaluate(new FormulaScope(facts)));
    }

    [Fact]
    public void Suixi_has_facts_for_the_equality_check()
    {
        Assert.NotEmpty(Suixi.Facts);
    }
}
