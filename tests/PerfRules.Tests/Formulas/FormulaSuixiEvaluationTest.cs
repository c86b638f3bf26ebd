using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>The Suixi 2022 scoring table's metrics written as formulas, evaluated over the transcribed facts.</summary>
public sealed class FormulaSuixiEvaluationTest
{
    [Fact]
    public void Expenditure_completion_rate_2_1_2_is_99_35_percent()
    {
        var value = EvaluateOverSuixi(
            "BudgetExecution.ActualExpenditure / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.BudgetIssuedByFinance)");

        Assert.Equal(FormulaValueKind.Decimal, value.Kind);
        Assert.Equal(15_635_713.52m / (549_070.93m + 15_188_214.45m), value.AsDecimal());
        Assert.Equal(0.9935m, Math.Round(value.AsDecimal(), 4));
    }

    [Fact]
    public void Expenditure_completion_rate_rounds_half_away_from_zero_to_99_35_percent()
    {
        Assert.Equal(0.99m, EvaluateOverSuixi(
            "round(BudgetExecution.ActualExpenditure / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.BudgetIssuedByFinance), 2)").AsDecimal());
        Assert.Equal(99.35m, EvaluateOverSuixi(
            "round(BudgetExecution.ActualExpenditure / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.BudgetIssuedByFinance) * 100, 2)").AsDecimal());
    }

    [Fact]
    public void Expenditure_completion_rate_band_90_to_100_percent_scores_3_as_an_if_chain()
    {
        const string rate = "BudgetExecution.ActualExpenditure / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.BudgetIssuedByFinance)";
        var score = EvaluateOverSuixi($"if({rate} >= 100%, 4, if({rate} >= 90%, 3, if({rate} >= 80%, 2, if({rate} >= 70%, 1, 0))))");

        Assert.Equal(3m, score.AsDecimal());
    }

    [Fact]
    public void Carry_over_rate_2_1_3_is_0_65_percent_and_below_10_percent()
    {
        const string rate = "BudgetExecution.ClosingFiscalCarryOver / (BudgetExecution.OpeningFiscalCarryOver "
            + "+ BudgetExecution.GeneralPublicBudgetAppropriation + BudgetExecution.GovernmentFundAppropriation)";

        Assert.Equal(0.0065m, Math.Round(EvaluateOverSuixi(rate).AsDecimal(), 4));
        Assert.True(EvaluateOverSuixi($"{rate} < 10%").AsBoolean());
    }

    [Fact]
    public void Budget_variance_1_1_3_is_47_41_percent_and_takes_9_completed_steps_capped_at_3_points()
    {
        const string variance = "abs(BudgetExecution.FiscalAppropriationRevenueFinal - BudgetExecution.FiscalAppropriationRevenueBudget) "
            + "/ BudgetExecution.FiscalAppropriationRevenueBudget";

        Assert.Equal(47.41m, EvaluateOverSuixi($"round({variance} * 100, 2)").AsDecimal());
        Assert.Equal(9m, EvaluateOverSuixi($"floor({variance} / 5%)").AsDecimal());
        Assert.Equal(0m, EvaluateOverSuixi($"max(0, 3 - min(3, floor({variance} / 5%) * 0.5))").AsDecimal());
    }

    [Fact]
    public void Procurement_2_1_6_with_actual_over_a_zero_plan_scores_0_without_dividing()
    {
        var score = EvaluateOverSuixi("if(Procurement.Actual > Procurement.Planned, 0, 2 * Procurement.Actual / Procurement.Planned)");
        Assert.Equal(0m, score.AsDecimal());
    }

    [Fact]
    public void Operating_expenses_line_varied_by_more_than_50_percent()
    {
        var value = EvaluateOverSuixi("count(BudgetLineItem where abs(Final - EffectiveBudget) / EffectiveBudget >= 50%)");
        Assert.Equal(1m, value.AsDecimal());
    }

    [Fact]
    public void Budget_disclosure_3_1_1_came_11_days_after_approval_within_its_20_day_limit()
    {
        Assert.Equal(11m, EvaluateOverSuixi(
            "days(one(Disclosure where Kind == \"Budget\").ApprovedOn, one(Disclosure where Kind == \"Budget\").PublishedOn)").AsDecimal());
        Assert.True(EvaluateOverSuixi(
            "days(one(Disclosure where Kind == 'FinalAccounts').ApprovedOn, one(Disclosure.PublishedOn where Kind == 'FinalAccounts')) "
            + "<= one(Disclosure where Kind == 'FinalAccounts').DayLimit").AsBoolean());
    }

    [Fact]
    public void Every_approved_disclosure_was_published_within_its_limit()
    {
        var value = EvaluateOverSuixi(
            "all(Disclosure where DayLimit == null or (PublishedOn != null and days(ApprovedOn, PublishedOn) <= DayLimit))");
        Assert.True(value.AsBoolean());
    }

    [Fact]
    public void Self_evaluation_3_1_3_was_published_5_days_after_its_30_April_deadline()
    {
        var late = EvaluateOverSuixi(
            "days(one(Disclosure where Kind == \"SelfEvaluation\").Deadline, one(Disclosure where Kind == \"SelfEvaluation\").PublishedOn)");
        var score = EvaluateOverSuixi(
            "if(one(Disclosure where Kind == \"SelfEvaluation\").PublishedOn == null, 0, "
            + "if(one(Disclosure where Kind == \"SelfEvaluation\").PublishedOn <= date(\"2023-04-30\"), 2, 1))");

        Assert.Equal(5m, late.AsDecimal());
        Assert.Equal(1m, score.AsDecimal());
    }

    [Fact]
    public void Performance_targets_3_1_2_were_not_published()
    {
        Assert.True(EvaluateOverSuixi("one(Disclosure where Kind == \"PerformanceTargets\").PublishedOn == null").AsBoolean());
        Assert.False(EvaluateOverSuixi("one(Disclosure where Kind == \"PerformanceTargets\").IsPublished").AsBoolean());
    }

    [Fact]
    public void Financial_compliance_2_1_7_findings_are_counted_and_summed()
    {
        Assert.Equal(1m, EvaluateOverSuixi("count(EvaluatorFinding where IndicatorCode == \"2.1.7\")").AsDecimal());
        Assert.Equal(0.5m, EvaluateOverSuixi("sum(EvaluatorFinding.Points where IndicatorCode == \"2.1.7\")").AsDecimal());
        Assert.Equal(2.5m, EvaluateOverSuixi("sum(EvaluatorFinding.Points)").AsDecimal());
        Assert.Equal(5.5m, EvaluateOverSuixi("max(0, 6 - sum(EvaluatorFinding.Points where IndicatorCode == \"2.1.7\"))").AsDecimal());
    }

    [Fact]
    public void Qualified_field_names_inside_a_where_condition_mean_the_fact_being_tested()
    {
        Assert.Equal(1m, EvaluateOverSuixi("count(EvaluatorFinding where EvaluatorFinding.IndicatorCode == \"1.2.2\")").AsDecimal());
    }

    [Fact]
    public void Any_all_min_and_max_over_fact_lists()
    {
        Assert.True(EvaluateOverSuixi("any(EvaluatorFinding where Points >= 2)").AsBoolean());
        Assert.False(EvaluateOverSuixi("any(EvaluatorFinding where Points > 2)").AsBoolean());
        Assert.True(EvaluateOverSuixi("all(TargetAchievement where Achieved == Planned)").AsBoolean());
        Assert.Equal(2m, EvaluateOverSuixi("max(EvaluatorFinding.Points)").AsDecimal());
        Assert.Equal(0.5m, EvaluateOverSuixi("min(EvaluatorFinding.Points)").AsDecimal());
        Assert.Equal(new DateOnly(2022, 4, 29), EvaluateOverSuixi("min(Disclosure.PublishedOn where PublishedOn != null)").AsDate());
    }

    [Fact]
    public void Target_achievement_4_2_2_picks_the_department_targets_with_one()
    {
        var rate = EvaluateOverSuixi(
            "one(TargetAchievement where Scope == \"Department\").Achieved / one(TargetAchievement where Scope == \"Department\").Planned");
        Assert.Equal(1m, rate.AsDecimal());
    }

    [Fact]
    public void Equivalents_read_an_external_assessment_tier_score_of_85()
    {
        Assert.Equal(85m, EvaluateOverSuixi("one(ExternalAssessment where Tier == \"二等奖\").EffectiveScore").AsDecimal());
        Assert.Equal(86.25m, EvaluateOverSuixi("sum(ExternalAssessment.EffectiveScore) / count(ExternalAssessment)").AsDecimal());
    }

    [Fact]
    public void Nullable_bool_fields_and_ifnull()
    {
        Assert.True(EvaluateOverSuixi("ThreePublicExpenses.IsWithinBudget").AsBoolean());
        Assert.Equal(0m, EvaluateOverSuixi("ifnull(ThreePublicExpenses.Actual, 0)").AsDecimal());
    }

    [Fact]
    public void Integer_fields_read_as_decimals_and_enums_as_their_names()
    {
        Assert.Equal(42m, EvaluateOverSuixi("PetitionHandling.Cases").AsDecimal());
        Assert.Equal("NoProblem", EvaluateOverSuixi("one(Disclosure.Inspection where Kind == \"Budget\")").AsString());
    }

    [Fact]
    public void Text_results_and_a_context_field()
    {
        Assert.Equal("遂溪县", EvaluateOverSuixi("EvaluationContext.County").AsString());
        Assert.True(EvaluateOverSuixi("EvaluationContext.FiscalYear == 2022 and EvaluationContext.EvaluationDate > date(\"2024-01-01\")").AsBoolean());
    }

    [Fact]
    public void Nested_aggregates_test_each_fact_against_another_list()
    {
        var facts = new object[]
        {
            new SelfAssessedScore("2.1.7", 6m),
            new SelfAssessedScore("1.1.1", 3m),
            new EvaluatorFinding("2.1.7", 0.5m, new LocalizedText("个别资金支出不规范")),
        };

        var value = Evaluate("count(SelfAssessedScore where any(EvaluatorFinding where IndicatorCode == \"2.1.7\") and Score > 5)", facts);

        Assert.Equal(1m, value.AsDecimal());
    }

    [Fact]
    public void The_order_of_the_facts_does_not_change_the_result()
    {
        var formula = Formula.Parse("sum(EvaluatorFinding.Points) + count(Disclosure where PublishedOn != null) + min(Disclosure.DayLimit where DayLimit != null)", Schema);
        var forward = formula.Evaluate(new FormulaScope(Suixi.Facts));
        var backward = formula.Evaluate(new FormulaScope(Suixi.Facts.Reverse()));

        Assert.Equal(forward, backward);
        Assert.Equal(25.5m, forward.AsDecimal());
    }

    [Fact]
    public void Formulas_over_user_defined_fact_types()
    {
        var schema = new FormulaSchema([typeof(Grant)]);
        var formula = Formula.Parse("sum(Grant.Amount where Year == 2022 and Approved)", schema);

        var value = formula.Evaluate(new FormulaScope([new Grant(2022, 100m, true), new Grant(2022, 50m, false), new Grant(2021, 7m, true)]));

        Assert.Equal(100m, value.AsDecimal());
    }

    public sealed record Grant(int Year, decimal Amount, bool Approved);
}
