using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;
using PerfRules.Scoring;

namespace PerfRules.Reporting.Tests.Support;

/// <summary>
/// A small table shaped like the report's, three levels deep with one leaf at level 2:
/// 1 预算编制情况 (40) = 1.1 预算编制 (40) = 1.1.1 (25) + 1.1.2 (15);
/// 2 预算执行情况 (60) = 2.1 支出管理 (35) = 2.1.1 (20) + 2.1.2 (15); 2.2 信息公开 (25).
/// </summary>
internal static class ReportRuleSet
{
    public const string Department = "遂溪县测试局";

    /// <summary>A note with every character that could break a format: markup, a pipe, a line break, Markdown emphasis, math.</summary>
    public const string HostileReason = "支出<script>alert(1)</script> & 6*3/4 | 第二行\n$x$ 未按规定";

    public static RuleSet Create(bool convert = false) =>
        RuleSet.Create("Test.Report", "2024.1", new LocalizedText("报表测试规则集", "Report test rule set"))
            .Group("1", new LocalizedText("预算编制情况", "Budget preparation"), 40m)
            .Group("1.1", new LocalizedText("预算编制", "Preparation"), 40m)
            .Indicator(new GivenScoreRule("1.1.1", "预算编制合理性", "Soundness", 25m, "1. 符合职责，得10分；2. 分配合理，得15分。"))
            .Indicator(new GivenScoreRule("1.1.2", "预算编制准确性", "Accuracy", 15m, "差异率每增加5%扣0.5分"))
            .Group("2", new LocalizedText("预算执行情况", "Budget execution"), 60m)
            .Group("2.1", new LocalizedText("支出管理", "Spending"), 35m)
            .Indicator(new GivenScoreRule("2.1.1", "支出完成率", "Completion rate", 20m, "结果=100%，得20分"))
            .Indicator(new GivenScoreRule("2.1.2", "财务合规性", "Compliance", 15m, "违规一项扣0.5分"))
            .Indicator(new GivenScoreRule("2.2", "信息公开", "Disclosure", 25m, "按时公开得25分"))
            .Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m))
            .ConvertOverApplicablePoints(convert)
            .Build();

    public static EvaluationContext Context => new(Department, "遂溪县", "广东省", 2022, new DateOnly(2024, 3, 4));

    /// <summary>A complete scorecard: 24.5 + 12 + 20 + 13.25 + 18 = 87.75, plus one commendation = 88.75, 良.</summary>
    public static Scorecard Complete() => new ScorecardEvaluator(Create()).Evaluate(
    [
        Context,
        new GivenScore("1.1.1", 24.5m, "预算分配不够细化"),
        new GivenScore("1.1.2", 12m, "差异率47.41%，扣3分", "财决01-1表"),
        new GivenScore("2.1.1", 20m),
        new GivenScore("2.1.2", 13.25m, HostileReason, "2022年12月60#凭证", "2022年12月63#凭证"),
        new GivenScore("2.2", 18m, "未按时公开绩效目标", "http://www.suixi.gov.cn/post_1605036.html"),
        new SelfAssessedScore("1.1.1", 25m),
        new SelfAssessedScore("1.1.2", 15m),
        new SelfAssessedScore("2.1.1", 20m),
        new SelfAssessedScore("2.1.2", 15m),
        new SelfAssessedScore("2.2", 20m),
        new Commendation("就业服务", "广东省人民政府"),
    ]);

    /// <summary>A complete scorecard whose one deduction reason holds control characters XML cannot carry.</summary>
    public static Scorecard WithControlCharacters() => new ScorecardEvaluator(Create()).Evaluate(
    [
        Context,
        new GivenScore("1.1.1", 25m),
        new GivenScore("1.1.2", 15m),
        new GivenScore("2.1.1", 20m),
        new GivenScore("2.1.2", 15m),
        new GivenScore("2.2", 24m, "粘贴\u0001自\u0007表格\u001F的说明"),
    ]);

    /// <summary>1.1.2's fact is missing and 2.1.2's is negative: no total, no grade, two problems.</summary>
    public static Scorecard Incomplete() => new ScorecardEvaluator(Create()).Evaluate(
    [
        Context,
        new GivenScore("1.1.1", 25m),
        new GivenScore("2.1.1", 20m),
        new GivenScore("2.1.2", -1m),
        new GivenScore("2.2", 25m),
    ]);

    /// <summary>2.2 does not apply and the total is converted: (24 + 15 + 18 + 15) / 75 × 100 = 96.</summary>
    public static Scorecard Converted() => new ScorecardEvaluator(Create(convert: true)).Evaluate(
    [
        Context,
        new GivenScore("1.1.1", 24m),
        new GivenScore("1.1.2", 15m),
        new GivenScore("2.1.1", 18m),
        new GivenScore("2.1.2", 15m),
        new GivenScore("2.2", null),
    ]);
}
