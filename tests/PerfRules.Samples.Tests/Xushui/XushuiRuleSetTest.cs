using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.Samples.Xushui;

namespace PerfRules.Samples.Tests.Xushui;

/// <summary>
/// The Xushui-style rule set (samples/PerfRules.Samples.Xushui/xushui-style-2023.json, on the assumed weights of
/// docs/rulesets/xushui-2023-notes.md section 3) scored on the 2023 self-assessment's facts, and changed facts.
/// </summary>
public sealed class XushuiRuleSetTest
{
    private static readonly RuleSet Xushui = XushuiSample.LoadRuleSet();
    private static readonly ScorecardEvaluator Evaluator = new(Xushui);

    private static IReadOnlyList<object> Facts(params object[] more) => [.. XushuiSample.ReadFacts(), .. more];

    [Fact]
    public void The_seed_scores_84_8_of_the_93_points_that_applied_and_convert_to_91_18()
    {
        var card = Evaluator.Evaluate(Facts());

        Assert.Equal((84.8m, 93m, 91.18m, 91.18m), (card.RawTotal!.Value, card.ApplicablePoints, card.ConvertedTotal!.Value, card.Total!.Value));
        Assert.Equal(Scoring.Grade.Excellent, card.Grade);
        Assert.True(card.IsComplete, string.Join("; ", card.Problems));
        Assert.Equal([10.5m, 10m, 19.1m, 20.8m, 4.4m, 1m, 7.5m, 11.5m], Xushui.Indicators.Roots.Select(r => card[r.Code].Score!.Value));
    }

    [Fact]
    public void The_assumed_weights_add_up_and_say_they_are_assumed()
    {
        Assert.Equal([12m, 12m, 24m, 24m, 5m, 3m, 8m, 12m], Xushui.Indicators.Roots.Select(r => r.Weight));
        Assert.Contains("分值为假设", Xushui.Name.Chinese, StringComparison.Ordinal);
        Assert.All(Xushui.IndicatorRules, r => Assert.Contains("本示例假设", r.Indicator.Criteria!.Chinese, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_set_file_lints_clean()
    {
        RuleSetLinter.LintFile(XushuiSample.RuleSetFile).ThrowIfAny(LintSeverity.Info);
    }

    [Fact]
    public void Procurement_made_brings_its_3_points_back_into_the_base_and_needs_a_score()
    {
        var facts = Facts().Select(f => f is Procurement ? new Procurement(200_000m, 196_000m) : f).ToList();

        var unscored = Evaluator.Evaluate(facts);
        var scored = Evaluator.Evaluate([.. facts, new SelfAssessedScore("3.1", 2.5m)]);

        Assert.Equal(IndicatorOutcome.MissingData, unscored["3.1"].Outcome);
        Assert.Null(unscored.Total);
        Assert.Equal((96m, 87.3m, 90.94m), (scored.ApplicablePoints, scored.RawTotal!.Value, scored.Total!.Value));
    }

    [Fact]
    public void Bonus_and_penalty_items_apply_after_the_conversion_within_their_assumed_caps()
    {
        var card = Evaluator.Evaluate(Facts(
            new Commendation("参与预算管理一体化改革试点", "保定市财政局"),
            new AccountabilityFinding("以拨作支", "区财政局日常监管"),
            new AccountabilityFinding("违规列支暂付款", "区审计局")));

        Assert.Equal((91.18m, 1m, 4m, 88.18m), (card.ConvertedTotal!.Value, card.Adjustments!.Bonus, card.Adjustments.Penalty, card.Total!.Value));
        Assert.Equal(Scoring.Grade.Good, card.Grade);
    }

    [Fact]
    public void A_category_score_above_its_assumed_points_is_an_error_never_a_score()
    {
        var facts = Facts().Select(f => f is SelfAssessedScore { IndicatorCode: "5" } ? new SelfAssessedScore("5", 5.5m) : f).ToList();

        var card = Evaluator.Evaluate(facts);

        Assert.Equal(IndicatorOutcome.Error, card["5"].Outcome);
        Assert.Null(card.Total);
        Assert.Contains(card.Problems, p => p.IndicatorCode == "5" && p.Message.Chinese.Contains("不在0到5分之间", StringComparison.Ordinal));
    }
}
