using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.4.1 群众信访办理情况: channels → 1; replies in time → 1 × in time / received.</summary>
public sealed class PetitionResponseTest
{
    [Fact]
    public void Every_reply_in_time_with_channels_scores_2()
    {
        var result = RuleHarness.Score(new PetitionResponse(), [new PetitionHandling(true, 10, 10)]);

        Assert.Equal(2m, result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void One_late_reply_in_42_loses_its_share_rounded_once()
    {
        var result = RuleHarness.Score(new PetitionResponse(), [new PetitionHandling(true, 42, 41)]);

        Assert.Equal(1.98m, result.Score);
        Assert.Equal(0.02m, Assert.Single(result.Deductions).Points);
        Assert.Contains("按时回复率=41/42=97.62%", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_channels_loses_1_point()
    {
        var result = RuleHarness.Score(new PetitionResponse(), [new PetitionHandling(false, 10, 10)]);

        Assert.Equal(1m, result.Score);
        Assert.Equal(1m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Nothing_received_keeps_the_reply_point()
    {
        var result = RuleHarness.Score(new PetitionResponse(), [new PetitionHandling(true, 0, 0)]);

        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void More_answered_than_received_is_an_error()
    {
        var result = RuleHarness.Score(new PetitionResponse(), [new PetitionHandling(true, 10, 11)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(PetitionHandling.AnsweredInTime) && p.IndicatorCode == "4.4.1");
    }

    [Fact]
    public void No_petition_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new PetitionResponse(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_give_the_verified_2_counting_cases_and_hotline_tickets()
    {
        var result = RuleHarness.Score(new PetitionResponse(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.4.1"), result.Score);
        Assert.Contains("收到信访案件42件，在规定期限内办结42件", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("按时回复率=（42+367）/（42+367）=100.00%", result.Note.Chinese, StringComparison.Ordinal);
    }
}
