using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The findings block: 财务合规性, 6 points less the evaluator's findings, floored at 0.</summary>
public sealed class FindingsBlockTest
{
    private const string Block = """{ "kind": "findings" }""";

    private static EvaluatorFinding Finding(string code, decimal points, string reason, params string[] evidence) => new(code, points, new LocalizedText(reason), evidence);

    [Fact]
    public void No_finding_scores_full_points()
    {
        var row = Documents.Score(6, Block);

        Assert.Equal(6m, row.Score);
        Assert.Equal("未发现扣分事项，得6分", row.Note.Chinese);
    }

    [Fact]
    public void Each_finding_is_a_judged_deduction_with_its_evidence()
    {
        var row = Documents.Score(6, Block,
            Finding("1.1", 0.5m, "个别资金支出不规范", "2022年12月60#凭证", "2022年12月63#凭证"),
            Finding("1.1", 0.5m, "购进的监控设备未做固定资产核算", "2022年12月47#凭证"),
            Finding("2.1", 3m, "另一指标的扣分"));

        Assert.Equal(5m, row.Score);
        Assert.Equal(2, row.Deductions.Count);
        Assert.All(row.Deductions, d => Assert.Equal(DeductionKind.Judged, d.Kind));
        Assert.Contains(row.Deductions, d => d.Evidence.SequenceEqual(["2022年12月60#凭证", "2022年12月63#凭证"]));
    }

    [Fact]
    public void Findings_beyond_the_points_are_floored_at_0_and_the_deductions_add_up_to_the_points()
    {
        var row = Documents.Score(5, Block, Finding("1.1", 2m, "甲"), Finding("1.1", 2m, "乙"), Finding("1.1", 2m, "丙"));

        Assert.Equal(0m, row.Score);
        Assert.Equal(5m, row.Deductions.Sum(d => d.Points));
        Assert.Contains("以剩余分值为限", row.Deductions[^1].Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_facts()
    {
        object[] facts = [Finding("1.1", 2m, "甲"), Finding("1.1", 2m, "乙"), Finding("1.1", 2m, "丙")];

        Assert.Equal(Documents.Score(5, Block, facts), Documents.Score(5, Block, [.. facts.Reverse()]));
    }

    [Fact]
    public void A_finding_of_no_points_is_an_error()
    {
        Assert.Equal(IndicatorOutcome.Error, Documents.Score(5, Block, Finding("1.1", 0m, "甲")).Outcome);
    }

    [Fact]
    public void A_finding_larger_than_largestFinding_or_an_answer_to_an_item_is_an_error()
    {
        const string Capped = """{ "kind": "findings", "largestFinding": 2 }""";

        var tooLarge = Documents.Score(6, Capped, Finding("1.1", 2.5m, "甲"));
        var answered = Documents.Score(6, Block, new ChecklistAnswer("1.1", "1", true));

        Assert.Equal(("EvaluatorFinding", "Points"), (Assert.Single(tooLarge.Problems).FactType, tooLarge.Problems[0].Field));
        Assert.Equal(("ChecklistAnswer", "Item"), (Assert.Single(answered.Problems).FactType, answered.Problems[0].Field));
    }

    [Fact]
    public void Required_evidence_is_cited_in_the_note()
    {
        const string Vouchers = """{ "kind": "findings", "requireEvidence": true, "citeEvidence": true }""";

        var row = Documents.Score(6, Vouchers, Finding("1.1", 0.5m, "个别资金支出不规范", "2022年12月60#凭证", "2022年12月63#凭证"));
        var bare = Documents.Score(6, Vouchers, Finding("1.1", 0.5m, "个别资金支出不规范"));

        Assert.Equal("1. 个别资金支出不规范，扣0.5分（例如：2022年12月60#凭证、2022年12月63#凭证）", row.Note.Chinese);
        Assert.Equal(("EvaluatorFinding", "Evidence"), (Assert.Single(bare.Problems).FactType, bare.Problems[0].Field));
    }

    [Fact]
    public void Evidence_must_cite_a_fact_it_rests_on_when_asked()
    {
        const string Cited = """{ "kind": "findings", "evidenceMustCite": "ExternalAssessment.Name" }""";
        var assessment = new ExternalAssessment("“四个全面”绩效考核", null, "二等奖");

        var rests = Documents.Score(3, Cited, assessment, Finding("1.1", 0.5m, "满意度不高", "“四个全面”绩效考核"));
        var floats = Documents.Score(3, Cited, assessment, Finding("1.1", 0.5m, "满意度不高", "调查问卷"));

        Assert.Equal(2.5m, rests.Score);
        Assert.Equal(("EvaluatorFinding", "Evidence"), (Assert.Single(floats.Problems).FactType, floats.Problems[0].Field));
    }
}
