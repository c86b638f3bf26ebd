using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// 2.1.5 资金下达合法性: transfer-payment part = on time / all × 2; subordinate budgets on time 1, late 0.5, never 0; a part
/// that does not apply moves its points to 2.1.2 and this indicator keeps the rest.
/// </summary>
public sealed class FundIssuingLegalityTest
{
    private static readonly Rule[] Reallocations = [new TransferPaymentPointsToCompletionRate(), new SubordinateBudgetPointsToCompletionRate()];

    private static readonly TransferPaymentScope Manages = new(true);
    private static readonly TransferPaymentScope ManagesNone = new(false, "县人社局2022年度没有主管的转移支付资金");
    private static readonly SubordinateBudgetApproval StatedOnTime = new(15, true, true, StatedOnTime: true);
    private static readonly DateOnly Received = new(2022, 4, 18);

    private static TransferPayment Payment(string name, decimal amount, int dueDay, int? issuedDay) =>
        new(name, amount, TransferPaymentKind.General, new DateOnly(2022, 5, dueDay), issuedDay is { } d ? new DateOnly(2022, 5, d) : null);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new FundIssuingLegality(), facts, Reallocations);

    [Fact]
    public void Golden_facts_score_1_of_the_1_point_left_after_the_transfer_part_moves()
    {
        var result = RuleHarness.Score(new FundIssuingLegality(), SuixiGolden.Facts(), Reallocations);

        Assert.Equal(SuixiGolden.Verified("2.1.5"), result.Score);
        Assert.Equal((3m, 1m), (result.Weight, result.EffectiveWeight));
        Assert.Empty(result.Deductions);
        Assert.Contains("该部分指标分值（2分）调整至“支出完成率”", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("15日内", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_part_is_the_on_time_share_of_the_amount_times_2()
    {
        // 600,000 on time of 1,000,000: 2 × 60% = 1.2; subordinate budgets on time: 1.
        var result = Score(Manages, StatedOnTime, Payment("就业补助", 600_000m, 20, 20), Payment("技能培训", 400_000m, 20, 21));

        Assert.Equal(3m, result.EffectiveWeight);
        Assert.Equal(2.2m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(0.8m, deduction.Points);
        Assert.Contains("技能培训", deduction.Reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("60.00%", deduction.Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Issued_on_its_due_date_is_on_time_and_never_issued_is_not()
    {
        var onTheDay = Score(Manages, StatedOnTime, Payment("就业补助", 500_000m, 20, 20));
        var never = Score(Manages, StatedOnTime, Payment("就业补助", 500_000m, 20, null));

        Assert.Equal(3m, onTheDay.Score);
        Assert.Equal(1m, never.Score);
    }

    [Fact]
    public void Rounding_leaves_the_deductions_adding_up_to_the_rounded_score()
    {
        // 1 of 3 on time: 2/3 = 0.666… → the part is 0.67 after rounding, and 1.33 is deducted.
        var result = Score(Manages, StatedOnTime, Payment("甲", 1m, 20, 20), Payment("乙", 2m, 20, 25));

        Assert.Equal(1.67m, result.Score);
        Assert.Equal(3m - 1.67m, result.Deductions.Sum(d => d.Points));
    }

    [Theory]
    [InlineData(2022, 5, 3, 1)] // received 2022-04-18: the 15th day after it is 05-03, included
    [InlineData(2022, 5, 4, 0.5)] // one day late: "已批复但超时的，得0.5分"
    public void Subordinate_budgets_approved_by_the_15th_day_score_1_and_later_0_5(int year, int month, int day, decimal expected)
    {
        var approval = new SubordinateBudgetApproval(15, true, true, Received, new DateOnly(year, month, day));

        var result = Score(ManagesNone, approval);

        Assert.Equal(expected, result.Score);
        Assert.Equal(1m - expected, result.Deductions.Sum(d => d.Points));
        Assert.Contains("2022年5月3日前", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Subordinate_budgets_never_approved_score_0()
    {
        var result = Score(ManagesNone, new SubordinateBudgetApproval(15, true, false));

        Assert.Equal(0m, result.Score);
        Assert.Equal(1m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Stated_late_scores_0_5_and_says_it_was_stated()
    {
        var result = Score(ManagesNone, new SubordinateBudgetApproval(15, true, true, StatedOnTime: false));

        Assert.Equal(0.5m, result.Score);
        Assert.Contains("未提供日期", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_subordinate_budgets_moves_that_point_too_and_the_transfer_part_keeps_its_2()
    {
        var result = Score(Manages, new SubordinateBudgetApproval(15, false, false), Payment("就业补助", 500_000m, 20, 20));

        Assert.Equal((2m, 2m), (result.EffectiveWeight, result.Score!.Value));
    }

    [Fact]
    public void Neither_part_applying_is_not_applicable()
    {
        var result = Score(ManagesNone, new SubordinateBudgetApproval(15, false, false));

        Assert.Equal(IndicatorOutcome.NotApplicable, result.Outcome);
        Assert.Equal(0m, result.EffectiveWeight);
    }

    [Fact]
    public void No_declaration_is_missing_data_even_with_no_transfer_payments_listed()
    {
        var result = Score(StatedOnTime);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPaymentScope) && p.IndicatorCode == "2.1.5");
    }

    [Fact]
    public void Declaring_transfer_payments_but_listing_none_is_missing_data()
    {
        var result = Score(Manages, StatedOnTime);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPayment));
    }

    [Fact]
    public void Declaring_none_while_listing_transfer_payments_is_an_error()
    {
        var result = Score(ManagesNone, StatedOnTime, Payment("就业补助", 500_000m, 20, 20));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPaymentScope) && p.Field == nameof(TransferPaymentScope.ManagesTransferPayments));
    }

    [Fact]
    public void Declaring_none_without_the_departments_statement_is_an_error()
    {
        var result = Score(new TransferPaymentScope(false), StatedOnTime);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPaymentScope) && p.Field == nameof(TransferPaymentScope.Statement));
    }

    [Fact]
    public void A_transfer_payment_without_a_due_date_is_an_error()
    {
        var result = Score(Manages, StatedOnTime, new TransferPayment("就业补助", 500_000m, TransferPaymentKind.Special, null, new DateOnly(2022, 5, 1)));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPayment) && p.Field == nameof(TransferPayment.DueDate));
    }

    [Fact]
    public void A_day_limit_other_than_the_criteria_15_days_is_an_error()
    {
        var result = Score(ManagesNone, StatedOnTime with { DayLimit = 10 });

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(SubordinateBudgetApproval.DayLimit));
    }

    [Fact]
    public void Without_the_reallocation_rule_the_unmoved_points_are_reported_not_silently_lost()
    {
        var result = RuleHarness.Score(new FundIssuingLegality(), [ManagesNone, StatedOnTime]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == "WeightTransfer");
    }
}
