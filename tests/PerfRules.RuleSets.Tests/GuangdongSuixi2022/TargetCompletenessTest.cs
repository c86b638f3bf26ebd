using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>1.2.1 目标完整性: project targets filed (2, incomplete judged), department target reflects duties (1), broken into tasks (1).</summary>
public sealed class TargetCompletenessTest
{
    private static ChecklistAnswer Answer(string item, bool met) => new("1.2.1", item, met);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new TargetCompleteness(), facts);

    [Fact]
    public void All_met_scores_4()
    {
        Assert.Equal(4m, Score(Answer("1", true), Answer("2(1)", true), Answer("2(2)", true)).Score);
    }

    [Fact]
    public void Project_targets_not_filed_lose_their_2_points()
    {
        var result = Score(Answer("1", false), Answer("2(1)", true), Answer("2(2)", true));

        Assert.Equal(2m, result.Score);
        Assert.Equal(2m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void No_department_target_loses_both_part_2_items()
    {
        var result = Score(Answer("1", true), Answer("2(1)", false), Answer("2(2)", false));

        Assert.Equal(2m, result.Score);
        Assert.Equal(2, result.Deductions.Count);
    }

    [Fact]
    public void An_incomplete_filing_loses_the_judged_points_with_the_reason()
    {
        var result = Score(Answer("1", true), Answer("2(1)", true), Answer("2(2)", true), new EvaluatorFinding("1.2.1", 0.5m, new LocalizedText("部分项目未申报绩效目标")));

        Assert.Equal(3.5m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(DeductionKind.Judged, deduction.Kind);
        Assert.Contains("部分项目未申报绩效目标", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judged_deduction_larger_than_item_1_is_an_error()
    {
        var result = Score(Answer("1", true), Answer("2(1)", true), Answer("2(2)", true), new EvaluatorFinding("1.2.1", 2.5m, new LocalizedText("申报不完整")));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(EvaluatorFinding.Points));
    }

    [Fact]
    public void An_unanswered_item_is_missing_data()
    {
        var result = Score(Answer("1", true), Answer("2(1)", true));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_score_the_published_4()
    {
        Assert.Equal(SuixiGolden.Verified("1.2.1"), RuleHarness.Score(new TargetCompleteness(), SuixiGolden.Facts()).Score);
    }
}
