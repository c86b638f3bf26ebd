using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The cases block: a decision table whose first case that holds decides the score (自评材料报送及时性).</summary>
public sealed class CasesBlockTest
{
    private const string Block = """
        {
          "kind": "cases",
          "cases": [
            { "when": "SelfEvaluationSubmission.SubmittedOn == null", "points": 0, "note": "应于{SelfEvaluationSubmission.Deadline}前报送自评材料，未报送，不得分" },
            { "when": "SelfEvaluationSubmission.SubmittedOn <= SelfEvaluationSubmission.Deadline", "points": 1,
              "note": "应于{SelfEvaluationSubmission.Deadline}前报送自评材料，实际于{SelfEvaluationSubmission.SubmittedOn}报送，在规定期限内完成报送，得1分" },
            { "points": 0, "note": "逾期{days(SelfEvaluationSubmission.Deadline, SelfEvaluationSubmission.SubmittedOn)}天，不得分",
              "deduction": { "reason": "逾期{days(SelfEvaluationSubmission.Deadline, SelfEvaluationSubmission.SubmittedOn)}天，扣1分" } }
          ]
        }
        """;

    private static SelfEvaluationSubmission Submitted(int day) => new(new DateOnly(2023, 4, 28), day == 0 ? null : new DateOnly(2023, 4, day));

    [Fact]
    public void The_first_case_that_holds_decides_with_its_note()
    {
        var row = Documents.Score(1, Block, Submitted(28));

        Assert.Equal(1m, row.Score);
        Assert.Equal("应于2023年4月28日前报送自评材料，实际于2023年4月28日报送，在规定期限内完成报送，得1分", row.Note.Chinese);
        Assert.Empty(row.Deductions);
    }

    [Fact]
    public void A_case_below_the_points_is_one_computed_deduction_with_its_reason()
    {
        var row = Documents.Score(1, Block, Submitted(30));

        Assert.Equal(0m, row.Score);
        Assert.Equal("逾期2天，不得分", row.Note.Chinese);
        var deduction = Assert.Single(row.Deductions);
        Assert.Equal((1m, DeductionKind.Computed, "逾期2天，扣1分"), (deduction.Points, deduction.Kind, deduction.Reason.Chinese));
        Assert.Equal("应于2023年4月28日前报送自评材料，未报送，不得分", Documents.Score(1, Block, Submitted(0)).Note.Chinese);
    }

    [Fact]
    public void A_condition_that_reads_an_absent_fact_is_missing_data()
    {
        var row = Documents.Score(1, Block);

        Assert.Equal(IndicatorOutcome.MissingData, row.Outcome);
        Assert.Equal("SelfEvaluationSubmission", Assert.Single(row.Problems).FactType);
    }

    [Fact]
    public void Points_may_be_a_formula_with_a_metric_and_a_result_out_of_range_is_an_error()
    {
        const string Proportional = """
            { "kind": "cases", "cases": [ {
                "points": "2 * Procurement.Actual / Procurement.Planned",
                "metric": { "name": "政府采购执行率", "formula": "Procurement.Actual / Procurement.Planned", "unit": "percent" },
                "note": "政府采购执行率={Procurement.Actual / Procurement.Planned:percent}，得{2 * Procurement.Actual / Procurement.Planned:points}分" } ] }
            """;

        var row = Documents.Score(2, Proportional, new Procurement(300000m, 219686m));

        Assert.Equal(1.46m, row.Score);
        Assert.Equal(0.7322866666666666666666666667m, row.Metric!.Value);
        Assert.Equal("政府采购执行率=73.23%，得1.46分", row.Note.Chinese);
        Assert.Equal(0.54m, Assert.Single(row.Deductions).Points);
        Assert.Equal(IndicatorOutcome.Error, Documents.Score(2, Proportional, new Procurement(100m, 219686m)).Outcome);
    }

    [Fact]
    public void A_case_may_be_scored_by_a_block_its_note_opening_the_blocks_and_may_report_a_problem()
    {
        const string Delegating = """
            { "kind": "cases", "cases": [
                { "when": "count(ExternalAssessment) == 0", "problem": "missingData", "fact": "ExternalAssessment", "message": "缺少考核结果" },
                { "when": "count(EvaluatorFinding where IndicatorCode == '1.1') == 0", "points": 3, "note": "依据{count(ExternalAssessment)}项考核结果，未发现扣分事项，得3分" },
                { "note": "依据{count(ExternalAssessment)}项考核结果", "scoring": { "kind": "findings" } } ] }
            """;
        var assessment = new ExternalAssessment("“四个全面”绩效考核", 85m);
        var finding = new EvaluatorFinding("1.1", 0.5m, new LocalizedText("满意度不高"));

        var missing = Documents.Score(3, Delegating);
        var none = Documents.Score(3, Delegating, assessment);
        var judged = Documents.Score(3, Delegating, assessment, finding);

        Assert.Equal(("ExternalAssessment", "*", "缺少考核结果"), (Assert.Single(missing.Problems).FactType, missing.Problems[0].Field, missing.Problems[0].Message.Chinese));
        Assert.Equal("依据1项考核结果，未发现扣分事项，得3分", none.Note.Chinese);
        Assert.Equal(("依据1项考核结果，满意度不高，扣0.5分", 2.5m), (judged.Note.Chinese, judged.Score!.Value));
        Assert.Equal(DeductionKind.Judged, Assert.Single(judged.Deductions).Kind);
    }

    [Fact]
    public void A_judged_case_cites_its_evidence()
    {
        const string Judged = """
            { "kind": "cases", "cases": [ { "points": 1, "note": "公开内容不完整，扣1分",
                "deduction": { "kind": "judged", "evidence": "one(ChecklistAnswer where IndicatorCode == '1.1').Note" } } ] }
            """;

        var deduction = Assert.Single(Documents.Score(2, Judged, new ChecklistAnswer("1.1", "content", false, "缺少附表")).Deductions);

        Assert.Equal((DeductionKind.Judged, "缺少附表"), (deduction.Kind, Assert.Single(deduction.Evidence)));
    }

    [Fact]
    public void No_case_holding_is_an_error()
    {
        const string Partial = """{ "kind": "cases", "cases": [ { "when": "Procurement.Actual == 0", "points": 2, "note": "未采购" } ] }""";

        var row = Documents.Score(2, Partial, new Procurement(1m, 1m));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Contains("没有适用的计分情形", Assert.Single(row.Problems).Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_are_checked_when_loaded()
    {
        const string Wrong = """
            { "kind": "cases", "cases": [
                { "points": 1, "note": "甲" },
                { "when": "true", "points": 3, "note": "乙" },
                { "when": "1", "points": 1, "scoring": { "kind": "findings" } },
                { "when": "true", "scoring": { "kind": "findings" }, "metric": { "name": "x", "formula": "1" } } ] }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, Wrong))).Errors;

        Assert.Contains(errors, e => e.Path == "$.indicators[1].scoring.cases[0]" && e.Message.Chinese.Contains("只有最后一个情形", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.indicators[1].scoring.cases[2]" && e.Message.Chinese.Contains("之一", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.indicators[1].scoring.cases[3]" && e.Message.Chinese.Contains("不能再写deduction或metric", StringComparison.Ordinal));
    }

    [Fact]
    public void A_case_worth_more_than_the_indicator_is_refused()
    {
        const string TooMany = """{ "kind": "cases", "cases": [ { "points": 3, "note": "乙" } ] }""";

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, TooMany))).Errors);

        Assert.Equal("$.indicators[1].scoring.cases[0].points", error.Path);
        Assert.Contains("超过本指标的2分", error.Message.Chinese, StringComparison.Ordinal);
    }
}
