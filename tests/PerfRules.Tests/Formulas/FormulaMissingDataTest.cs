using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>An absent fact or an empty field gives a Missing value naming it, never an exception.</summary>
public sealed class FormulaMissingDataTest
{
    [Fact]
    public void An_absent_single_fact_is_missing_data_naming_the_fact_type()
    {
        var value = Evaluate("BudgetExecution.ActualExpenditure / 2", WithoutType<BudgetExecution>());

        Assert.Equal(FormulaValueKind.Missing, value.Kind);
        Assert.False(value.HasValue);
        var missing = value.Missing!;
        Assert.Equal("BudgetExecution", missing.FactType);
        Assert.Null(missing.Field);
        Assert.Equal(0, missing.Position);
        Assert.Equal("缺少BudgetExecution事实（读取BudgetExecution.ActualExpenditure）", missing.Reason.Chinese);
        Assert.Contains("no BudgetExecution fact", missing.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_field_is_missing_data_naming_the_field()
    {
        var value = EvaluateOverSuixi("days(date(\"2023-01-01\"), one(Disclosure where Kind == \"PerformanceTargets\").PublishedOn)");

        var missing = value.Missing!;
        Assert.Equal(("Disclosure", "PublishedOn"), (missing.FactType, missing.Field));
        Assert.Equal("Disclosure.PublishedOn为空", missing.Reason.Chinese);
        Assert.Equal(25, missing.Position);
    }

    [Fact]
    public void An_empty_nullable_decimal_is_missing()
    {
        var value = EvaluateOverSuixi("ThreePublicExpenses.Actual <= ThreePublicExpenses.Budget");
        Assert.Equal(("ThreePublicExpenses", "Actual"), (value.Missing!.FactType, value.Missing.Field));
    }

    [Fact]
    public void One_with_no_match_is_missing_data_quoting_the_condition()
    {
        var value = EvaluateOverSuixi("one(Disclosure where Kind == \"Budget\" and DayLimit > 30).PublishedOn");

        Assert.Equal(FormulaValueKind.Missing, value.Kind);
        Assert.Equal("没有满足“Kind == \"Budget\" and DayLimit > 30”的Disclosure事实", value.Missing!.Reason.Chinese);
    }

    [Fact]
    public void Min_and_max_of_an_empty_list_are_missing()
    {
        var value = Evaluate("max(EvaluatorFinding.Points where IndicatorCode == \"4.4.1\")", Suixi.Facts);
        Assert.Equal(FormulaValueKind.Missing, value.Kind);
        Assert.Contains("no maximum", value.Missing!.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_and_sum_of_an_empty_list_are_zero_not_missing()
    {
        Assert.Equal(0m, Decimal("count(EvaluatorFinding)"));
        Assert.Equal(0m, Decimal("sum(EvaluatorFinding.Points)"));
        Assert.False(Boolean("any(EvaluatorFinding)"));
        Assert.True(Boolean("all(EvaluatorFinding where Points > 0)"));
    }

    [Fact]
    public void A_where_condition_reading_an_empty_field_makes_the_aggregate_missing()
    {
        var value = EvaluateOverSuixi("count(Disclosure where PublishedOn > date(\"2023-01-01\"))");
        Assert.Equal(("Disclosure", "PublishedOn"), (value.Missing!.FactType, value.Missing.Field));
    }

    [Fact]
    public void Testing_for_null_first_avoids_the_missing_value()
    {
        Assert.Equal(2m, EvaluateOverSuixi("count(Disclosure where PublishedOn != null and PublishedOn > date(\"2023-01-01\"))").AsDecimal());
    }

    [Fact]
    public void A_sum_over_an_empty_field_is_missing()
    {
        var value = EvaluateOverSuixi("sum(Disclosure.DayLimit)");
        Assert.Equal(("Disclosure", "DayLimit"), (value.Missing!.FactType, value.Missing.Field));
    }

    [Fact]
    public void Equals_null_is_true_for_an_empty_field_and_for_an_absent_fact()
    {
        Assert.True(EvaluateOverSuixi("ThreePublicExpenses.Budget == null").AsBoolean());
        Assert.True(Evaluate("Procurement.Planned == null", WithoutType<Procurement>()).AsBoolean());
        Assert.False(EvaluateOverSuixi("Procurement.Planned == null").AsBoolean());
        Assert.True(EvaluateOverSuixi("null != Procurement.Planned").AsBoolean());
    }

    [Fact]
    public void Ifnull_replaces_a_missing_value_but_not_an_error()
    {
        Assert.Equal(-1m, Evaluate("ifnull(Procurement.Planned, -1)", WithoutType<Procurement>()).AsDecimal());
        Assert.Equal(FormulaValueKind.Error, EvaluateOverSuixi("ifnull(Disclosure.DayLimit, 0)").Kind);
    }

    [Fact]
    public void And_or_and_if_stop_before_reading_what_they_do_not_need()
    {
        var facts = WithoutType<BudgetExecution>();
        Assert.False(Evaluate("false and BudgetExecution.ActualExpenditure > 0", facts).AsBoolean());
        Assert.True(Evaluate("true or BudgetExecution.ActualExpenditure > 0", facts).AsBoolean());
        Assert.Equal(0m, Evaluate("if(BudgetExecution.ActualExpenditure == null, 0, BudgetExecution.ActualExpenditure)", facts).AsDecimal());
    }

    [Fact]
    public void A_missing_left_operand_of_and_is_missing_even_if_the_right_is_false()
    {
        var value = Evaluate("BudgetExecution.ActualExpenditure > 0 and false", WithoutType<BudgetExecution>());
        Assert.Equal(FormulaValueKind.Missing, value.Kind);
    }

    [Fact]
    public void Missing_data_propagates_through_every_operator_and_function()
    {
        var facts = WithoutType<BudgetExecution>();
        foreach (var text in new[]
        {
            "-BudgetExecution.ActualExpenditure", "abs(BudgetExecution.ActualExpenditure)", "round(BudgetExecution.ActualExpenditure, 2)",
            "max(1, BudgetExecution.ActualExpenditure)", "BudgetExecution.ActualExpenditure == 1", "1 != BudgetExecution.ActualExpenditure", "not (BudgetExecution.ActualExpenditure < 1)",
            "if(BudgetExecution.ActualExpenditure > 1, 1, 2)", "1 * BudgetExecution.ActualExpenditure",
        })
        {
            Assert.Equal("BudgetExecution", Evaluate(text, facts).Missing?.FactType);
        }
    }

    [Fact]
    public void An_empty_field_compares_as_null_equal_only_to_null()
    {
        var scored = new ExternalAssessment("乡村振兴战略实绩考核", 87.5m);

        Assert.False(Boolean("ExternalAssessment.Tier == \"二等奖\"", scored));
        Assert.True(Boolean("ExternalAssessment.Tier != \"二等奖\"", scored));
        Assert.False(Boolean("ExternalAssessment.Tier == ExternalAssessment.Name", scored));
    }

    [Fact]
    public void An_absent_fact_in_a_comparison_is_still_missing_data()
    {
        var value = Evaluate("SubordinateBudgetApproval.IsApproved == false", WithoutType<SubordinateBudgetApproval>());
        Assert.Equal("SubordinateBudgetApproval", value.Missing!.FactType);
    }

    [Fact]
    public void Ordering_an_empty_field_is_missing_data()
    {
        var value = Evaluate("ExternalAssessment.TierEquivalentScore > 80", [new ExternalAssessment("乡村振兴战略实绩考核", 87.5m)]);
        Assert.Equal(("ExternalAssessment", "TierEquivalentScore"), (value.Missing!.FactType, value.Missing.Field));
    }

    [Fact]
    public void AsDecimal_of_a_missing_value_throws_naming_what_is_missing()
    {
        var value = Evaluate("BudgetExecution.ActualExpenditure", []);
        var e = Assert.Throws<InvalidOperationException>(() => value.AsDecimal());
        Assert.Contains("no BudgetExecution fact", e.Message, StringComparison.Ordinal);
    }
}
