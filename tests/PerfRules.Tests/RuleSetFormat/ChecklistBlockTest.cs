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

    [Fact]
    public void The_evaluators_findings_are_deducted_after_the_items_floored_at_0()
    {
        var row = Documents.Score(3, Block, new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "2", false), new ChecklistAnswer("1.1", "3", true),
            new EvaluatorFinding("1.1", 0.5m, new LocalizedText("未定期盘点。")));

        Assert.Equal(1.5m, row.Score);
        Assert.Equal("1. 评分要点2（资金分配符合工作重点）不符合要求，扣1分；2. 未定期盘点，扣0.5分", row.Note.Chinese);
        Assert.All(row.Deductions, d => Assert.Equal(DeductionKind.Judged, d.Kind));
    }

    [Fact]
    public void A_finding_larger_than_the_largest_item_or_than_largestFinding_is_an_error()
    {
        object[] answers = [new ChecklistAnswer("1.1", "1", true), new ChecklistAnswer("1.1", "2", true), new ChecklistAnswer("1.1", "3", true)];
        var none = Block.Replace("\"kind\": \"checklist\",", "\"kind\": \"checklist\", \"largestFinding\": 0,", StringComparison.Ordinal);

        var tooLarge = Documents.Score(3, Block, [.. answers, new EvaluatorFinding("1.1", 1.5m, new LocalizedText("甲"))]);
        var notAllowed = Documents.Score(3, none, [.. answers, new EvaluatorFinding("1.1", 0.5m, new LocalizedText("乙"))]);

        Assert.Equal(("EvaluatorFinding", "Points"), (Assert.Single(tooLarge.Problems).FactType, tooLarge.Problems[0].Field));
        Assert.Equal(IndicatorOutcome.Error, notAllowed.Outcome);
    }

    [Fact]
    public void Items_keyed_by_a_word_are_named_by_what_they_ask_and_met_notes_can_open_the_note()
    {
        const string Evidence = """
            { "kind": "checklist", "quoteMetNotes": true, "items": [ { "key": "evidence", "label": "提供检查底稿或其他材料证明", "points": 5 } ] }
            """;

        var row = Documents.Score(5, Evidence, new ChecklistAnswer("1.1", "evidence", true, "抽查项目均已实施监管"));

        Assert.Equal("经查：抽查项目均已实施监管，提供检查底稿或其他材料证明，符合要求，未发现扣分事项，得5分", row.Note.Chinese);
    }
}
