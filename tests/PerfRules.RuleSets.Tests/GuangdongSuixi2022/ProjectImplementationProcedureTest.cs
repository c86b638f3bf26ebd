using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.2.1 项目实施程序: items 1 (1 point), 2 (2) and 3 (2), judged, less findings, floored at 0.</summary>
public sealed class ProjectImplementationProcedureTest
{
    private static ChecklistAnswer Answer(string item, bool met, string? note = null) => new("2.2.1", item, met, note);

    private static EvaluatorFinding Finding(decimal points, string reason = "项目验收资料不完整") =>
        new("2.2.1", points, new LocalizedText(reason), "验收报告");

    private static List<object> AllMet() => [Answer("1", true), Answer("2", true), Answer("3", true)];

    [Fact]
    public void Every_item_met_and_no_finding_scores_5()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), AllMet());

        Assert.Equal(5m, result.Score);
        Assert.Empty(result.Deductions);
        Assert.Contains("评分要点1、2、3均符合要求", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_2_not_met_loses_its_2_points_as_a_judged_deduction_citing_the_note()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [Answer("1", true), Answer("2", false, "未履行招投标程序"), Answer("3", true)]);

        Assert.Equal(3m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(2m, deduction.Points);
        Assert.Equal(DeductionKind.Judged, deduction.Kind);
        Assert.Contains("未履行招投标程序", deduction.Evidence);
        Assert.Contains("扣2分", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_finding_on_met_items_is_deducted()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [.. AllMet(), Finding(0.5m)]);

        Assert.Equal(4.5m, result.Score);
        Assert.Equal("项目验收资料不完整，扣0.5分", result.Note.Chinese);
        Assert.Equal(["验收报告"], Assert.Single(result.Deductions).Evidence);
    }

    [Fact]
    public void Findings_beyond_the_points_left_floor_at_0_and_the_deductions_add_up()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(),
            [Answer("1", true), Answer("2", false), Answer("3", false), Finding(0.5m, "甲"), Finding(1m, "乙")]);

        Assert.Equal(0m, result.Score);
        Assert.Equal(5m, result.Deductions.Sum(d => d.Points));
        Assert.Contains("本指标分值已扣完", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_does_not_depend_on_insertion_order()
    {
        object[] facts = [Answer("3", true), Finding(0.5m, "甲"), Answer("1", true), Finding(1m, "乙"), Answer("2", true)];

        var forward = RuleHarness.Score(new ProjectImplementationProcedure(), facts);
        var backward = RuleHarness.Score(new ProjectImplementationProcedure(), facts.Reverse());

        Assert.Equal(forward, backward);
        Assert.Equal(3.5m, forward.Score);
    }

    [Fact]
    public void An_unanswered_item_is_missing_data_naming_it()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [Answer("1", true), Answer("2", true)]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ChecklistAnswer) && p.Message.Chinese.Contains("评分要点3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_for_an_unknown_item_is_an_error()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [.. AllMet(), Answer("4", true)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Null(result.Score);
    }

    [Fact]
    public void Two_answers_for_one_item_are_an_error()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [.. AllMet(), Answer("2", false)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(ChecklistAnswer.Item) && p.IndicatorCode == "2.2.1");
    }

    [Fact]
    public void A_finding_larger_than_the_largest_item_is_an_error()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), [.. AllMet(), Finding(2.01m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(EvaluatorFinding) && p.Field == nameof(EvaluatorFinding.Points));
    }

    [Fact]
    public void Golden_facts_give_the_verified_5()
    {
        var result = RuleHarness.Score(new ProjectImplementationProcedure(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.2.1"), result.Score);
        Assert.Empty(result.Deductions);
    }
}
