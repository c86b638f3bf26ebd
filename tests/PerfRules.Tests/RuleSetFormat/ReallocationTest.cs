using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>Reallocations (分值调整): points moved when a condition holds, to one leaf or spread over siblings, and rescaled scores.</summary>
public sealed class ReallocationTest
{
    private static string Table(string reallocation) => $$"""
        {
          "id": "Moves", "version": "1", "name": "调整",
          "indicators": [
            { "code": "1", "name": "一", "weight": 100 },
            { "code": "1.1", "name": "甲", "weight": 40, "scoring": { "kind": "findings" } },
            { "code": "1.2", "name": "乙", "weight": 40, "scoring": { "kind": "findings" } },
            {
              "code": "1.3", "name": "丙", "weight": 20,
              "scoring": { "kind": "proportional", "name": "执行率", "numerator": "Procurement.Actual", "denominator": "Procurement.Planned", "whenExceeded": "scoreZero" }
            }
          ],
          "reallocations": [ {{reallocation}} ]
        }
        """;

    private static Scorecards.Scorecard Evaluate(string reallocation, params object[] facts) =>
        Documents.Evaluate(RuleSetJson.Load(Table(reallocation)), facts);

    private const string ToSiblings = """{ "id": "none", "when": "Procurement.Planned == 0 and Procurement.Actual == 0", "from": "1.3", "to": "siblings", "reason": "未安排政府采购" }""";

    [Fact]
    public void When_the_condition_holds_the_points_are_spread_over_the_siblings_and_the_source_does_not_apply()
    {
        var card = Evaluate(ToSiblings, new Procurement(0m, 0m), new EvaluatorFinding("1.1", 4m, new LocalizedText("甲的问题")));

        Assert.Equal(IndicatorOutcome.NotApplicable, card["1.3"].Outcome);
        Assert.Contains("未安排政府采购", card["1.3"].Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(50m, card["1.1"].EffectiveWeight);
        Assert.Equal(45m, card["1.1"].Score);
        Assert.Equal(5m, Assert.Single(card["1.1"].Deductions).Points);
        Assert.Equal(50m, card["1.2"].Score);
        Assert.Equal(95m, card.Total);
    }

    [Fact]
    public void When_the_condition_does_not_hold_nothing_moves()
    {
        var card = Evaluate(ToSiblings, new Procurement(100m, 50m));

        Assert.Equal(10m, card["1.3"].Score);
        Assert.Equal(40m, card["1.1"].EffectiveWeight);
        Assert.Equal(90m, card.Total);
    }

    [Fact]
    public void A_condition_that_cannot_be_decided_is_missing_data_at_both_ends()
    {
        var card = Evaluate(ToSiblings);

        Assert.Equal(IndicatorOutcome.MissingData, card["1.1"].Outcome);
        Assert.Equal(IndicatorOutcome.MissingData, card["1.3"].Outcome);
        Assert.Null(card.Total);
    }

    [Fact]
    public void Some_of_the_points_can_move_to_one_leaf_and_its_score_is_rescaled()
    {
        var card = Evaluate("""{ "when": "Procurement.Actual == 0", "from": "1.3", "to": "1.2", "points": 10 }""",
            new Procurement(100m, 0m), new EvaluatorFinding("1.2", 10m, new LocalizedText("乙的问题")));

        Assert.Equal(10m, card["1.3"].EffectiveWeight);
        Assert.Equal(0m, card["1.3"].Score);
        Assert.Equal(50m, card["1.2"].EffectiveWeight);
        Assert.Equal(37.5m, card["1.2"].Score);
        Assert.Contains("该指标总得分=50*30/40=37.5", card["1.2"].Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("按调整后分值50分折算，该指标总得分=50*30/40=37.5，扣12.5分", Assert.Single(card["1.2"].Deductions).Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_groups_and_too_many_points_are_refused_at_their_paths()
    {
        var unknown = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Table("""{ "when": "true", "from": "1.3", "to": ["1.4", "1"] }"""))).Errors;
        var tooMany = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Table("""{ "when": "true", "from": "1.3", "to": "1.1", "points": 25 }"""))).Errors;

        Assert.Contains(unknown, e => e.Path == "$.reallocations[0].to" && e.Message.Chinese.Contains("1.4不存在", StringComparison.Ordinal));
        Assert.Contains(unknown, e => e.Path == "$.reallocations[0].to" && e.Message.Chinese.Contains("1是分组指标", StringComparison.Ordinal));
        Assert.Contains(tooMany, e => e.Path == "$.indicators[3].weight" && e.Message.Chinese.Contains("合计25分", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reallocation_condition_must_be_true_or_false_and_cannot_count_working_days()
    {
        var number = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Table("""{ "when": "Procurement.Actual", "from": "1.3", "to": "1.1" }"""))).Errors);
        var workdays = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Table(
            """{ "when": "workdays(date('2023-01-01'), date('2023-01-31')) > 20", "from": "1.3", "to": "1.1" }"""))).Errors);

        Assert.Equal("$.reallocations[0].when", number.Path);
        Assert.Contains("workdays", workdays.Message.Chinese, StringComparison.Ordinal);
    }
}
