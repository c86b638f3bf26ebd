using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// 1.1.2 预算编制规范性: items 1 and 2 (1 point each, judged); item 3, transfer payments issued in advance by 2021-11-30,
/// general ≥ 90% (1) and special ≥ 70% (1), pro rata below; no transfer payments: item 3's 2 points spread over items 1 and 2.
/// </summary>
public sealed class BudgetPreparationConformityTest
{
    private static readonly TransferPaymentScope Manages = new(true);
    private static readonly TransferPaymentScope ManagesNone = new(false, "县人社局2022年度没有主管的转移支付资金");
    private static readonly DateOnly InTime = new(2021, 11, 30);
    private static readonly DateOnly Late = new(2021, 12, 1);

    private static ChecklistAnswer Answer(string item, bool met) => new("1.1.2", item, met);

    private static TransferPayment Payment(TransferPaymentKind kind, decimal amount, DateOnly? issuedOn) => new($"{kind}-{amount}-{issuedOn}", amount, kind, null, issuedOn);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new BudgetPreparationConformity(), facts);

    [Fact]
    public void Without_transfer_payments_items_1_and_2_are_worth_2_each()
    {
        var result = Score(ManagesNone, Answer("1", true), Answer("2", true));

        Assert.Equal(4m, result.Score);
        Assert.Contains("平均增加至第1项和第2项（各2分）", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_transfer_payments_an_unmet_item_loses_its_2_points()
    {
        var result = Score(ManagesNone, Answer("1", false), Answer("2", true));

        Assert.Equal(2m, result.Score);
        Assert.Equal(2m, Assert.Single(result.Deductions).Points);
    }

    [Theory]
    [InlineData(90, 70, 4)] // exactly the required ratios: "达到" includes them
    [InlineData(100, 100, 4)]
    [InlineData(81, 70, 3.9)] // general 81% of 90%: 0.9 of its point
    [InlineData(90, 35, 3.5)] // special 35% of 70%: half its point
    [InlineData(0, 0, 2)]
    public void Item_3_scores_each_kind_in_proportion_to_its_required_ratio(int generalPercent, int specialPercent, decimal expected)
    {
        var result = Score(
            Manages, Answer("1", true), Answer("2", true),
            Payment(TransferPaymentKind.General, generalPercent, InTime), Payment(TransferPaymentKind.General, 100 - generalPercent, Late),
            Payment(TransferPaymentKind.Special, specialPercent, InTime), Payment(TransferPaymentKind.Special, 100 - specialPercent, null));

        Assert.Equal(expected, result.Score);
        Assert.Equal(4m - expected, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Just_below_the_general_ratio_loses_a_little_and_the_deductions_still_add_up()
    {
        // 89% of the required 90%: 0.98888… of the point; 3.99 after rounding, 0.01 deducted.
        var result = Score(
            Manages, Answer("1", true), Answer("2", true),
            Payment(TransferPaymentKind.General, 89m, InTime), Payment(TransferPaymentKind.General, 11m, Late),
            Payment(TransferPaymentKind.Special, 1m, InTime));

        Assert.Equal(3.99m, result.Score);
        Assert.Equal(0.01m, result.Deductions.Sum(d => d.Points));
        Assert.Contains("89.00%", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_with_nothing_to_issue_in_advance_keeps_its_point()
    {
        var result = Score(Manages, Answer("1", true), Answer("2", true), Payment(TransferPaymentKind.Special, 100m, InTime));

        Assert.Equal(4m, result.Score);
    }

    [Fact]
    public void No_declaration_is_missing_data()
    {
        var result = Score(Answer("1", true), Answer("2", true));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPaymentScope) && p.IndicatorCode == "1.1.2");
    }

    [Fact]
    public void Declaring_transfer_payments_but_listing_none_is_missing_data()
    {
        var result = Score(Manages, Answer("1", true), Answer("2", true));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(TransferPayment));
    }

    [Fact]
    public void Declaring_none_while_listing_transfer_payments_is_an_error()
    {
        var result = Score(ManagesNone, Answer("1", true), Answer("2", true), Payment(TransferPaymentKind.General, 1m, InTime));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void An_answer_for_item_3_is_an_error_as_item_3_is_computed()
    {
        var result = Score(ManagesNone, Answer("1", true), Answer("2", true), Answer("3", true));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void All_transfer_amounts_of_a_kind_being_0_is_an_error_not_a_score()
    {
        var result = Score(Manages, Answer("1", true), Answer("2", true), Payment(TransferPaymentKind.General, 0m, InTime));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Golden_facts_score_the_published_4()
    {
        var result = RuleHarness.Score(new BudgetPreparationConformity(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("1.1.2"), result.Score);
    }
}
