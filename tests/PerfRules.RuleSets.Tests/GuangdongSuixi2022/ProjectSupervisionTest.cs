using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.2.2 项目监管: 5 with proof of supervision, 0 without, less judged findings.</summary>
public sealed class ProjectSupervisionTest
{
    private static ChecklistAnswer Evidence(bool provided, string? note = null) => new("2.2.2", ProjectSupervision.EvidenceItem, provided, note);

    [Fact]
    public void Proof_provided_and_no_finding_scores_5()
    {
        var result = RuleHarness.Score(new ProjectSupervision(), [Evidence(true)]);

        Assert.Equal(5m, result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void No_proof_scores_0_whatever_else_was_found()
    {
        var result = RuleHarness.Score(new ProjectSupervision(),
            [Evidence(false, "未提供检查底稿"), new EvaluatorFinding("2.2.2", 1m, new LocalizedText("项目进度缓慢"))]);

        Assert.Equal(0m, result.Score);
        Assert.Equal(5m, result.Deductions.Sum(d => d.Points));
        Assert.Contains("未提供检查底稿", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Weak_supervision_loses_the_judged_points()
    {
        var result = RuleHarness.Score(new ProjectSupervision(),
            [Evidence(true), new EvaluatorFinding("2.2.2", 1m, new LocalizedText("项目进度缓慢"), "督查记录")]);

        Assert.Equal(4m, result.Score);
        Assert.Equal("项目进度缓慢，扣1分", result.Note.Chinese);
    }

    [Fact]
    public void No_answer_on_the_proof_is_missing_data()
    {
        var result = RuleHarness.Score(new ProjectSupervision(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ChecklistAnswer) && p.IndicatorCode == "2.2.2");
    }

    [Fact]
    public void Golden_facts_give_the_verified_5()
    {
        var result = RuleHarness.Score(new ProjectSupervision(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.2.2"), result.Score);
    }
}
