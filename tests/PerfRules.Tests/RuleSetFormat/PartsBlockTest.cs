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
}
