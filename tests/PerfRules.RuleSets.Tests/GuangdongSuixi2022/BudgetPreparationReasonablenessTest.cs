using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>1.1.1 预算编制合理性: three judged items, 1 point each, no partial credit.</summary>
public sealed class BudgetPreparationReasonablenessTest
{
    private static ChecklistAnswer Answer(string item, bool met, string? note = null) => new("1.1.1", item, met, note);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new BudgetPreparationReasonableness(), facts);

    [Fact]
    public void All_three_items_met_score_3()
    {
        var result = Score(Answer("1", true), Answer("2", true), Answer("3", true));

        Assert.Equal(3m, result.Score);
        Assert.Empty(result.Deductions);
        Assert.Contains("均符合", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Each_unmet_item_loses_its_1_point_as_a_judged_deduction(string unmet)
    {
        var answers = new[] { "1", "2", "3" }.Select(i => Answer(i, i != unmet, i == unmet ? "连年安排但执行不理想" : null)).ToArray<object>();

        var result = Score(answers);

        Assert.Equal(2m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal((1m, DeductionKind.Judged), (deduction.Points, deduction.Kind));
        Assert.Contains("连年安排但执行不理想", deduction.Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_met_scores_0()
    {
        var result = Score(Answer("1", false), Answer("2", false), Answer("3", false));

        Assert.Equal(0m, result.Score);
        Assert.Equal(3m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void An_unanswered_item_is_missing_data_not_a_silent_no()
    {
        var result = Score(Answer("1", true), Answer("2", true));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ChecklistAnswer) && p.Message.Chinese.Contains('3'));
    }

    [Fact]
    public void Two_answers_to_one_item_are_an_error()
    {
        var result = Score(Answer("1", true), Answer("1", false), Answer("2", true), Answer("3", true));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void An_answer_to_an_item_the_criteria_do_not_have_is_an_error()
    {
        var result = Score(Answer("1", true), Answer("2", true), Answer("3", true), Answer("4", true));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(ChecklistAnswer.Item));
    }

    [Fact]
    public void A_judged_partial_deduction_is_an_error_as_the_items_are_all_or_nothing()
    {
        var result = Score(Answer("1", true), Answer("2", true), Answer("3", true), new EvaluatorFinding("1.1.1", 0.5m, new LocalizedText("分配略欠合理")));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(EvaluatorFinding));
    }

    [Fact]
    public void Golden_facts_score_the_published_3()
    {
        var result = RuleHarness.Score(new BudgetPreparationReasonableness(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("1.1.1"), result.Score);
    }
}
