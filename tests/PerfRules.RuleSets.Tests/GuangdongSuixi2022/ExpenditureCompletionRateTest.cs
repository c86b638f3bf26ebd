using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// 2.1.2 支出完成率: =100% → 4; [90%, 100%) → 3; [80%, 90%) → 2; [70%, 80%) → 1; &lt;70% → 0; above 100% is bad input;
/// points moved from 2.1.5 enlarge the weight and the band points are rescaled to it.
/// </summary>
public sealed class ExpenditureCompletionRateTest
{
    private static readonly Rule[] Reallocations = [new TransferPaymentPointsToCompletionRate(), new SubordinateBudgetPointsToCompletionRate()];

    private static readonly TransferPaymentScope Manages = new(true);
    private static readonly TransferPaymentScope ManagesNone = new(false, "本部门没有主管的转移支付资金");
    private static readonly SubordinateBudgetApproval ApprovedOnTime = new(15, true, true, StatedOnTime: true);
    private static readonly SubordinateBudgetApproval NoSubordinates = new(15, false, false);

    // Funds available of 1,000,000 (no opening carry-over): the actual expenditure is the rate in millionths.
    private static BudgetExecution Spent(decimal actual) =>
        new(1_000_000m, 1_000_000m, 0m, Math.Max(0m, 1_000_000m - actual), 1_000_000m, 0m, actual, 1_000_000m);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new ExpenditureCompletionRate(), facts, Reallocations);

    [Theory]
    [InlineData(1_000_000, 4)] // exactly 100%: "结果=100%"
    [InlineData(999_999, 3)] // just below 100%
    [InlineData(900_000, 3)] // exactly 90%: "100%>结果≥90%"
    [InlineData(899_999, 2)] // just below 90%
    [InlineData(800_000, 2)] // exactly 80%
    [InlineData(799_999, 1)]
    [InlineData(700_000, 1)] // exactly 70%
    [InlineData(699_999, 0)] // just below 70%
    [InlineData(0, 0)]
    public void Rate_at_and_around_each_bound_scores_its_band(decimal actual, decimal expected)
    {
        var result = Score(Spent(actual), Manages, ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
        Assert.Equal(4m, result.EffectiveWeight);
        Assert.Equal(expected, result.Score);
        Assert.Equal(4m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Rate_just_above_100_percent_is_an_error_naming_the_actual_expenditure()
    {
        var result = Score(Spent(1_000_001m), Manages, ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Null(result.Score);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure), "2.1.2"), (problem.FactType, problem.Field, problem.IndicatorCode));
        Assert.Contains("100.00%", problem.Message.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000_000, 6)] // 4 of 4 → 6 of 6
    [InlineData(993_545, 4.5)] // 3 of 4 → 3/4 × 6
    [InlineData(850_000, 3)] // 2 of 4 → 2/4 × 6
    [InlineData(750_000, 1.5)] // 1 of 4 → 1/4 × 6
    [InlineData(500_000, 0)]
    public void Without_transfer_payments_the_band_points_are_rescaled_to_6(decimal actual, decimal expected)
    {
        var result = Score(Spent(actual), ManagesNone, ApprovedOnTime);

        Assert.Equal(6m, result.EffectiveWeight);
        Assert.Equal(expected, result.Score);
        Assert.Equal(6m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Without_transfer_payments_or_subordinate_budgets_the_weight_is_7()
    {
        var result = Score(Spent(990_000m), ManagesNone, NoSubordinates);

        Assert.Equal(7m, result.EffectiveWeight);
        Assert.Equal(5.25m, result.Score); // 3 × 7/4
        Assert.Equal(1.75m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Golden_figures_give_99_35_percent_and_4_5_of_6_with_a_deduction_that_states_the_rescaling()
    {
        var budget = new BudgetExecution(10_303_600m, 15_188_214.45m, 549_070.93m, 101_571.86m, 15_188_214.45m, 0m, 15_635_713.52m, 15_188_214.45m);

        var result = Score(budget, ManagesNone, ApprovedOnTime);

        Assert.Equal(SuixiGolden.Verified("2.1.2"), result.Score);
        Assert.Equal(6m, result.EffectiveWeight);
        Assert.Contains("15635713.52/（549070.93+15188214.45+0）=99.35%", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("6*3/4=4.5", result.Note.Chinese, StringComparison.Ordinal);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(1.5m, deduction.Points);
        Assert.Equal(DeductionKind.Computed, deduction.Kind);
        Assert.Contains("99.35%", deduction.Reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("按调整后分值6分折算", deduction.Reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("6*3/4=4.5", deduction.Reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("“资金下达合法性”中的2分调整至该项", deduction.Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_transfer_payment_declaration_is_missing_data_since_the_weight_is_unknown()
    {
        var result = Score(Spent(1_000_000m), ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPaymentScope) && p.IndicatorCode == "2.1.2");
    }

    [Fact]
    public void No_subordinate_budget_fact_is_missing_data_since_the_weight_is_unknown()
    {
        var result = Score(Spent(1_000_000m), Manages);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(SubordinateBudgetApproval));
    }

    [Fact]
    public void No_budget_fact_is_missing_data_naming_the_fact()
    {
        var result = Score(Manages, ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(BudgetExecution));
    }

    [Fact]
    public void Two_declarations_are_an_error_not_a_double_transfer()
    {
        var result = Score(Spent(1_000_000m), ManagesNone, ManagesNone with { Statement = "另一份说明" }, ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Zero_available_funds_is_an_error_not_a_score()
    {
        var result = Score(new BudgetExecution(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m), Manages, ApprovedOnTime);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Retracting_the_declaration_takes_the_moved_points_back()
    {
        var session = new RuleRepository().Add(new ExpenditureCompletionRate()).Add(Reallocations).Compile().CreateSession();
        session.InsertAll([Spent(993_545m), ManagesNone, ApprovedOnTime]);
        session.Fire();
        Assert.Equal(4.5m, session.Query<IndicatorResult>().Single().Score);

        session.Retract(ManagesNone);
        session.Insert(Manages);
        session.Fire();

        var result = session.Query<IndicatorResult>().Single();
        Assert.Equal((4m, 3m), (result.EffectiveWeight, result.Score!.Value));
    }
}
