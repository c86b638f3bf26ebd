using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The parts block: parts with their own points and blocks, summed; a part that does not apply leaves its points to the others.</summary>
public sealed class PartsBlockTest
{
    private const string Block = """
        {
          "kind": "parts",
          "parts": [
            {
              "key": "procurement", "name": "采购", "points": 2,
              "notApplicable": { "when": "Procurement.Planned == 0 and Procurement.Actual == 0", "reason": "未安排政府采购" },
              "scoring": { "kind": "proportional", "name": "执行率", "numerator": "Procurement.Actual", "denominator": "Procurement.Planned", "whenExceeded": "scoreZero" }
            },
            { "key": "findings", "name": "合规", "points": 2, "scoring": { "kind": "findings" } }
          ]
        }
        """;

    [Fact]
    public void The_score_is_the_sum_of_the_parts()
    {
        var row = Documents.Score(4, Block, new Procurement(100m, 50m), new EvaluatorFinding("1.1", 0.5m, new LocalizedText("不规范")));

        Assert.Equal(2.5m, row.Score);
        Assert.Equal(2, row.Deductions.Count);
        Assert.StartsWith("1. 采购：", row.Note.Chinese, StringComparison.Ordinal);
        Assert.StartsWith("采购：", row.Deductions.Single(d => d.Kind == DeductionKind.Computed).Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_does_not_apply_leaves_the_indicator_scored_on_the_others_rescaled_to_its_weight()
    {
        var row = Documents.Score(4, Block, new Procurement(0m, 0m), new EvaluatorFinding("1.1", 0.5m, new LocalizedText("不规范")));

        Assert.Equal(3m, row.Score);
        Assert.Equal(4m, row.EffectiveWeight);
        Assert.Equal(1m, Assert.Single(row.Deductions).Points);
        Assert.Contains("采购不适用：未安排政府采购", row.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_part_fails_the_indicator()
    {
        Assert.Equal(IndicatorOutcome.MissingData, Documents.Score(4, Block).Outcome);
    }

    [Fact]
    public void Parts_must_add_up_to_the_weight_and_cannot_nest()
    {
        var nested = Block.Replace("""{ "kind": "findings" }""", """{ "kind": "parts", "parts": [] }""", StringComparison.Ordinal);

        Assert.Contains(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(5, Block))).Errors, e => e.Path == "$.indicators[1].scoring");
        Assert.Contains(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(4, nested))).Errors, e => e.Path == "$.indicators[1].scoring.parts[1].scoring.kind");
    }

    [Fact]
    public void Parts_may_go_unnamed_word_their_own_note_when_they_do_not_apply_and_show_their_one_metric()
    {
        var plain = Block
            .Replace("\"kind\": \"parts\",", "\"kind\": \"parts\", \"nameParts\": false,", StringComparison.Ordinal)
            .Replace("\"reason\": \"未安排政府采购\" }", "\"reason\": \"未安排政府采购\", \"note\": \"未安排政府采购（计划{Procurement.Planned:yuan}元），该部分2分不计\" }", StringComparison.Ordinal);

        var scored = Documents.Score(4, plain, new Procurement(100m, 50m));
        var notApplicable = Documents.Score(4, plain, new Procurement(0m, 0m));

        Assert.Equal("1. 执行率=50/100=50.00%，得分=2*50.00%=1分；2. 未发现扣分事项，得2分", scored.Note.Chinese);
        Assert.Equal(0.5m, scored.Metric!.Value);
        Assert.Equal("1. 未安排政府采购（计划0元），该部分2分不计；2. 未发现扣分事项，得2分；该指标总得分=4*2/2=4", notApplicable.Note.Chinese);
    }

    [Fact]
    public void The_deductions_round_in_order_and_the_last_takes_what_rounding_leaves()
    {
        const string Thirds = """
            { "kind": "parts", "parts": [
                { "key": "a", "name": "甲", "points": 1, "scoring": { "kind": "formula", "points": "Procurement.Actual / Procurement.Planned" } },
                { "key": "b", "name": "乙", "points": 1, "scoring": { "kind": "formula", "points": "Procurement.Actual / Procurement.Planned" } } ] }
            """;

        var row = Documents.Score(2, Thirds, new Procurement(3m, 1m));

        Assert.Equal(0.67m, row.Score);
        Assert.Equal([0.67m, 0.66m], row.Deductions.Select(d => d.Points));
    }
}
