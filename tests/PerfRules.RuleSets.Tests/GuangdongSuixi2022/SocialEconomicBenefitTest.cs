using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.3.1 社会经济环境效益: 10 less judged deductions (two parts of 5), floored at 0.</summary>
public sealed class SocialEconomicBenefitTest
{
    [Fact]
    public void No_finding_scores_10()
    {
        var result = RuleHarness.Score(new SocialEconomicBenefit(), []);

        Assert.Equal(10m, result.Score);
    }

    [Fact]
    public void A_finding_of_a_whole_part_is_accepted_and_more_than_a_part_is_an_error()
    {
        var whole = RuleHarness.Score(new SocialEconomicBenefit(), [new EvaluatorFinding("4.3.1", 5m, new LocalizedText("主要指标均未体现效果"))]);
        var more = RuleHarness.Score(new SocialEconomicBenefit(), [new EvaluatorFinding("4.3.1", 5.5m, new LocalizedText("主要指标均未体现效果"))]);

        Assert.Equal(5m, whole.Score);
        Assert.Equal(IndicatorOutcome.Error, more.Outcome);
    }

    [Fact]
    public void Golden_facts_give_the_verified_9_5_with_the_reports_note()
    {
        var result = RuleHarness.Score(new SocialEconomicBenefit(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.3.1"), result.Score);
        Assert.Equal("培训工种较为单一，不能满足市场需求，扣0.5分", result.Note.Chinese);
    }
}
