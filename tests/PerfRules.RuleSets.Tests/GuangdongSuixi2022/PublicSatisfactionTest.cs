using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.4.2 公众或服务对象满意度: 3 less judged deductions, each resting on a supplied assessment.</summary>
public sealed class PublicSatisfactionTest
{
    private static readonly ExternalAssessment Survey = new("群众满意度调查", 92m);

    [Fact]
    public void A_basis_and_no_finding_scores_3()
    {
        var result = RuleHarness.Score(new PublicSatisfaction(), [Survey]);

        Assert.Equal(3m, result.Score);
        Assert.Contains("依据群众满意度调查（92分）", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_basis_is_missing_data()
    {
        var result = RuleHarness.Score(new PublicSatisfaction(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ExternalAssessment));
    }

    [Fact]
    public void A_finding_that_names_no_supplied_assessment_is_an_error()
    {
        var result = RuleHarness.Score(new PublicSatisfaction(), [Survey, new EvaluatorFinding("4.4.2", 0.5m, new LocalizedText("满意度不高"), "其他调查")]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(EvaluatorFinding.Evidence) && p.IndicatorCode == "4.4.2");
    }

    [Fact]
    public void Golden_facts_give_the_verified_2_from_two_judged_deductions()
    {
        var result = RuleHarness.Score(new PublicSatisfaction(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.4.2"), result.Score);
        Assert.Equal("1. “四个全面”绩效考核为二等奖，扣0.5分；2. 乡村振兴战略实绩考核87.5分，扣0.5分", result.Note.Chinese);
        Assert.All(result.Deductions, d => Assert.Equal(DeductionKind.Judged, d.Kind));
        Assert.Equal(["“四个全面”绩效考核"], result.Deductions[0].Evidence);
    }

    [Fact]
    public void The_order_of_the_findings_does_not_matter()
    {
        var facts = SuixiGolden.Facts();

        var forward = RuleHarness.Score(new PublicSatisfaction(), facts);
        var backward = RuleHarness.Score(new PublicSatisfaction(), facts.Reverse());

        Assert.Equal(forward, backward);
    }
}
