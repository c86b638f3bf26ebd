using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A leaf's notApplicable condition: true takes it out of the applicable points; undecidable is missing data.</summary>
public sealed class NotApplicableTest
{
    private const string Json = """
        {
          "id": "NA", "version": "1", "name": "不适用", "convertOverApplicablePoints": true,
          "indicators": [
            { "code": "1", "name": "甲", "weight": 90, "scoring": { "kind": "findings" } },
            {
              "code": "2", "name": "乙", "weight": 10,
              "notApplicable": { "when": "Procurement.Planned == 0", "reason": { "zh": "未安排政府采购", "en": "no procurement planned" } },
              "scoring": { "kind": "findings" }
            }
          ]
        }
        """;

    [Fact]
    public void A_leaf_that_does_not_apply_leaves_the_applicable_points_and_the_total_is_converted()
    {
        var card = Documents.Evaluate(RuleSetJson.Load(Json), [new Procurement(0m, 0m), new EvaluatorFinding("1", 9m, new LocalizedText("问题"))]);

        Assert.Equal(IndicatorOutcome.NotApplicable, card["2"].Outcome);
        Assert.Equal("未安排政府采购，本指标不适用，10分不计入适用分值", card["2"].Note.Chinese);
        Assert.Equal(90m, card.ApplicablePoints);
        Assert.Equal(90m, card.Total);
    }

    [Fact]
    public void An_undecidable_condition_is_missing_data()
    {
        var card = Documents.Evaluate(RuleSetJson.Load(Json), []);

        Assert.Equal(IndicatorOutcome.MissingData, card["2"].Outcome);
        Assert.Equal("Procurement", Assert.Single(card["2"].Problems).FactType);
    }

    [Fact]
    public void A_group_cannot_be_not_applicable()
    {
        var json = Json.Replace("""{ "code": "1", "name": "甲", "weight": 90, "scoring": { "kind": "findings" } },""",
            """{ "code": "1", "name": "甲", "weight": 90, "notApplicable": { "when": "true", "reason": "x" } }, { "code": "1.1", "name": "甲一", "weight": 90, "scoring": { "kind": "findings" } },""", StringComparison.Ordinal);

        Assert.Contains(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors, e => e.Path == "$.indicators[0].notApplicable");
    }

    [Fact]
    public void The_author_may_word_the_whole_note_of_a_leaf_that_does_not_apply()
    {
        var worded = Json.Replace("\"reason\": { \"zh\": \"未安排政府采购\", \"en\": \"no procurement planned\" }",
            "\"reason\": \"未安排政府采购\", \"note\": \"我部门无政府采购（计划{Procurement.Planned:yuan}元），本指标不适用\"", StringComparison.Ordinal);

        var card = Documents.Evaluate(RuleSetJson.Load(worded), [new Procurement(0m, 0m)]);

        Assert.Equal("我部门无政府采购（计划0元），本指标不适用", card["2"].Note.Chinese);
    }
}
