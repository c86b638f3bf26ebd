using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The checklist block: 预算编制合理性, three items of 1 point, answered by ChecklistAnswer facts of the indicator's code.</summary>
public sealed class ChecklistBlockTest
{
    private const string Block = """
        {
          "kind": "checklist",
          "items": [
            { "key": "1", "label": "预算编制符合部门职责", "points": 1 },
            { "key": "2", "label": "资金分配符合工作重点", "points": 1 },
            { "key": "3", "label": "预算编制经过集体研究", "points": 1 }
          ]
        }
        """;

    [Fact]
    public void All_items_met_score_full_points()
    {
        var row = Documents.Score(3, Block, new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "2", true), new ChecklistAnswer("1.1", "3", true));

        Assert.Equal(3m, row.Score);
        Assert.Equal("评分要点1、2、3均符合要求，未发现扣分事项，得3分", row.Note.Chinese);
    }

    [Fact]
    public void An_unmet_item_is_a_judged_deduction_citing_the_evaluators_note()
    {
        var row = Documents.Score(3, Block, new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "2", false, "资金未按工作重点分配。"), new ChecklistAnswer("1.1", "3", true));

        Assert.Equal(2m, row.Score);
        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(DeductionKind.Judged, deduction.Kind);
        Assert.Equal("评分要点2（资金分配符合工作重点）不符合要求：资金未按工作重点分配，扣1分", deduction.Reason.Chinese);
        Assert.Equal(["资金未按工作重点分配。"], deduction.Evidence);
    }

    [Fact]
    public void An_unanswered_item_is_missing_data_and_answers_of_other_indicators_do_not_count()
    {
        var row = Documents.Score(3, Block, new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "2", true), new ChecklistAnswer("2.1", "3", true));

        Assert.Equal(IndicatorOutcome.MissingData, row.Outcome);
        Assert.Contains("评分要点3", Assert.Single(row.Problems).Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_no_item_or_two_answers_to_one_are_errors()
    {
        var row = Documents.Score(3, Block, new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "1", false), new ChecklistAnswer("1.1", "2", true), new ChecklistAnswer("1.1", "3", true), new ChecklistAnswer("1.1", "4", true));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Equal(2, row.Problems.Count);
    }

    [Fact]
    public void Items_that_do_not_add_up_to_the_weight_are_refused()
    {
        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(4, Block))).Errors);

        Assert.Equal("$.indicators[1].scoring", error.Path);
        Assert.Contains("合计3分", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_is_refused()
    {
        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(3, Block.Replace("\"key\": \"3\"", "\"key\": \"2\"", StringComparison.Ordinal)))).Errors;

        Assert.Contains(errors, e => e.Path == "$.indicators[1].scoring.items[2]");
    }
}
