using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.2.3 自评材料报送质量: 1 less judged deductions, floored at 0.</summary>
public sealed class SelfEvaluationQualityTest
{
    private static EvaluatorFinding Finding(decimal points, string reason) => new("3.2.3", points, new LocalizedText(reason));

    [Fact]
    public void No_finding_scores_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationQuality(), []);

        Assert.Equal(1m, result.Score);
        Assert.Contains("未发现扣分事项", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_above_the_point_floor_at_0_and_the_deductions_add_up_to_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationQuality(), [Finding(0.5m, "甲"), Finding(0.75m, "乙")]);

        Assert.Equal(0m, result.Score);
        Assert.Equal(1m, result.Deductions.Sum(d => d.Points));
        Assert.StartsWith("1. ", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_of_no_points_is_an_error()
    {
        var result = RuleHarness.Score(new SelfEvaluationQuality(), [Finding(0m, "甲")]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(EvaluatorFinding.Points) && p.IndicatorCode == "3.2.3");
    }

    [Fact]
    public void A_finding_larger_than_the_indicator_is_an_error()
    {
        var result = RuleHarness.Score(new SelfEvaluationQuality(), [Finding(1.5m, "甲")]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Golden_facts_give_the_verified_0_5_with_the_reports_reason()
    {
        var result = RuleHarness.Score(new SelfEvaluationQuality(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.2.3"), result.Score);
        Assert.Contains("佐证材料不齐全及自评表评分不够客观，扣0.5分", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(DeductionKind.Judged, Assert.Single(result.Deductions).Kind);
    }
}
