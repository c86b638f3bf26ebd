using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed class IndicatorResultTest
{
    private static readonly LocalizedText Note = new("得3分", "scores 3 points");

    private static readonly FactProblem PublishedBeforeApproval =
        new("Disclosure", "PublishedOn", new LocalizedText("公开日期早于批复日期", "PublishedOn is before ApprovedOn"));

    [Fact]
    public void A_scored_result_rounds_its_score_half_away_from_zero()
    {
        var result = IndicatorResult.Scored("4.2.1", 5m, 5m, 4.3125m, Note);
        Assert.Equal(4.31m, result.Score);
        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
    }

    [Fact]
    public void Suixi_completion_rate_scores_4_5_of_an_effective_6()
    {
        var result = IndicatorResult.Scored("2.1.2", 4m, 6m, 4.5m, Note);
        Assert.Equal(4m, result.Weight);
        Assert.Equal(6m, result.EffectiveWeight);
        Assert.Equal(4.5m, result.Score);
    }

    [Fact]
    public void A_score_above_the_effective_weight_or_below_0_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => IndicatorResult.Scored("2.1.2", 4m, 4m, 4.5m, Note));
        Assert.Throws<ArgumentException>(() => IndicatorResult.Scored("2.1.2", 4m, 4m, -0.5m, Note));
    }

    [Fact]
    public void Only_a_scored_result_has_a_score()
    {
        Assert.Throws<ArgumentException>(() => new IndicatorResult("2.1.5", IndicatorOutcome.Scored, 3m, 3m, null, Note));
        Assert.Throws<ArgumentException>(() => new IndicatorResult("2.1.5", IndicatorOutcome.NotApplicable, 3m, 0m, 1m, Note));
        Assert.Null(IndicatorResult.NotApplicable("2.1.5", 3m, new LocalizedText("无主管的转移支付资金")).Score);
    }

    [Fact]
    public void An_error_must_say_what_is_wrong_and_names_its_indicator_on_each_problem()
    {
        Assert.Throws<ArgumentException>(() => IndicatorResult.Error("3.1.1", 3m, new LocalizedText("日期有误")));

        var result = IndicatorResult.Error("3.1.1", 3m, new LocalizedText("日期有误"), PublishedBeforeApproval);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Equal("3.1.1", Assert.Single(result.Problems).IndicatorCode);
    }

    [Fact]
    public void A_problem_already_naming_an_indicator_keeps_it()
    {
        var result = IndicatorResult.MissingData("3.1.1", 3m, new LocalizedText("缺少数据"), PublishedBeforeApproval.ForIndicator("3.1.2"));
        Assert.Equal("3.1.2", Assert.Single(result.Problems).IndicatorCode);
    }

    [Fact]
    public void Results_built_from_the_same_content_are_equal()
    {
        IndicatorResult Build() => IndicatorResult.Scored("2.1.7", 6m, 6m, 4m, Note,
            deductions: [Deduction.Judged(0.5m, "2.1.7", new LocalizedText("甲"), "凭证1")]);
        Assert.Equal(Build(), Build());
    }
}
