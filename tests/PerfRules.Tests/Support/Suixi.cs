using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Tests.Support;

/// <summary>
/// The Suixi County HRSS Bureau 2022 case (golden/suixi-hrss-2022.json), transcribed from the report: the facts and
/// the indicator table, used as real examples throughout the tests.
/// </summary>
internal static class Suixi
{
    public static readonly EvaluationContext Context =
        new("遂溪县人力资源和社会保障局", "遂溪县", "广东省", 2022, new DateOnly(2024, 3, 4), "湛江润泰会计师事务所(普通合伙)");

    public static readonly BudgetExecution Budget = new(
        FiscalAppropriationRevenueBudget: 10_303_600m,
        FiscalAppropriationRevenueFinal: 15_188_214.45m,
        OpeningFiscalCarryOver: 549_070.93m,
        ClosingFiscalCarryOver: 101_571.86m,
        GeneralPublicBudgetAppropriation: 15_188_214.45m,
        GovernmentFundAppropriation: 0m,
        ActualExpenditure: 15_635_713.52m,
        BudgetIssuedByFinance: 15_188_214.45m);

    public static readonly Disclosure BudgetDisclosure = new(
        DisclosureKind.Budget, new DateOnly(2022, 4, 18), "遂财预〔2022〕3号", new DateOnly(2022, 4, 29), DayLimit: 20,
        Inspection: DisclosureInspection.NoProblem,
        Url: "http://www.suixi.gov.cn/zdlyxxgk/bmyjsjsgjf/bmys/2022bmys/content/post_1605036.html");

    public static readonly Disclosure FinalAccountsDisclosure = new(
        DisclosureKind.FinalAccounts, new DateOnly(2023, 9, 4), "遂财库〔2023〕6号", new DateOnly(2023, 9, 15), DayLimit: 20,
        Inspection: DisclosureInspection.NoProblem);

    /// <summary>The final accounts as the report prints them: published 2022-09-15, eleven months before their approval.</summary>
    public static readonly Disclosure FinalAccountsAsPrinted = FinalAccountsDisclosure with { PublishedOn = new DateOnly(2022, 9, 15) };

    public static readonly IReadOnlyList<IFact> Facts =
    [
        Context,
        Budget,
        new BudgetLineItem("机关运行经费", 208_800m, null, 797_800m),
        new ThreePublicExpenses(null, null, StatedWithinBudget: true),
        new OperatingExpenses(208_800m, null, 797_800m),
        new Procurement(Planned: 0m, Actual: 219_686m),
        new IdleTreasuryFunds(2021, 0m),
        new IdleTreasuryFunds(2022, 0m),
        new SubordinateBudgetApproval(15, HasSubordinateUnits: true, IsApproved: true, StatedOnTime: true),
        new FixedAssets(19_733_782.26m, 19_733_782.26m),
        BudgetDisclosure,
        FinalAccountsDisclosure,
        new Disclosure(DisclosureKind.PerformanceTargets, null, null, null),
        new Disclosure(DisclosureKind.SelfEvaluation, null, null, new DateOnly(2023, 5, 5), Deadline: new DateOnly(2023, 4, 30),
            Url: "http://www.suixi.gov.cn/bmxxgk/rlzyhshbzj/zwgk/content/post_1758701.html"),
        new SelfEvaluationGroup(new DateOnly(2023, 4, 20), 4, hasLeader: true, hasFinanceStaff: true, hasBusinessStaff: true,
            ["党组成员（组长）", "办公室主任", "出纳", "会计"]),
        new SelfEvaluationSubmission(new DateOnly(2023, 4, 28), new DateOnly(2023, 4, 28)),
        new ExternalAssessment("“四个全面”绩效考核", null, "二等奖", 85m),
        new ExternalAssessment("乡村振兴战略实绩考核", 87.5m),
        new TargetAchievement(TargetScope.Department, 10, 10),
        new TargetAchievement(TargetScope.Project, 8, 8),
        new ProjectTimeliness(2, 2),
        new PetitionHandling(true, 42, 42, 367, 367),
        new ChecklistAnswer("1.1.1", "1", true),
        new EvaluatorFinding("2.1.7", 0.5m, new LocalizedText("年末从零余额账户提取现金，再存入基本户"),
            "2022年4月20#凭证", "2022年9月40#凭证", "2022年12月99#凭证"),
        new EvaluatorFinding("1.2.2", 2m, new LocalizedText("社会效益指标均未设置")),
        new SelfAssessedScore("2.1.2", 4m),
    ];

    public static readonly IReadOnlyList<(string Code, string Name, decimal Weight)> Table =
    [
        ("1", "预算编制情况", 20), ("1.1", "预算编制", 12),
        ("1.1.1", "预算编制合理性", 3), ("1.1.2", "预算编制规范性", 4), ("1.1.3", "预算编制准确性", 5),
        ("1.2", "目标设置", 8), ("1.2.1", "目标完整性", 4), ("1.2.2", "目标科学性", 4),
        ("2", "预算执行情况", 40), ("2.1", "支出管理", 23),
        ("2.1.1", "保障措施健全性", 2), ("2.1.2", "支出完成率", 4), ("2.1.3", "结转结余率", 3),
        ("2.1.4", "国库集中支付结转结余存量资金效率性", 3), ("2.1.5", "资金下达合法性", 3), ("2.1.6", "政府采购执行率", 2),
        ("2.1.7", "财务合规性", 6),
        ("2.2", "项目管理", 10), ("2.2.1", "项目实施程序", 5), ("2.2.2", "项目监管", 5),
        ("2.3", "资产管理", 7), ("2.3.1", "资产管理情况规范性", 4), ("2.3.2", "固定资产利用率", 3),
        ("3", "预算监督情况", 10), ("3.1", "信息公开", 7), ("3.1.1", "预决算", 3), ("3.1.2", "绩效目标", 2), ("3.1.3", "自评材料", 2),
        ("3.2", "绩效自评", 3), ("3.2.1", "组织建立情况", 1), ("3.2.2", "自评材料报送及时性", 1), ("3.2.3", "自评材料报送质量", 1),
        ("4", "预算执行效益", 30), ("4.1", "经济性", 4), ("4.1.1", "公用经费控制率", 4),
        ("4.2", "效率性", 11), ("4.2.1", "重点工作完成效率", 5), ("4.2.2", "绩效目标完成效率", 4), ("4.2.3", "项目完成及时性", 2),
        ("4.3", "效果性", 10), ("4.3.1", "社会经济环境效益", 10),
        ("4.4", "公平性", 5), ("4.4.1", "群众信访办理情况", 2), ("4.4.2", "公众或服务对象满意度", 3),
        ("5", "加减分项", 0),
    ];

    public static IReadOnlyList<IndicatorDefinition> Definitions(decimal expenditureManagementWeight = 23m) =>
        [.. Table.Select(row => new IndicatorDefinition(
            row.Code,
            row.Code == "2.1.2" ? new LocalizedText(row.Name, "expenditure completion rate") : new LocalizedText(row.Name),
            row.Code == "2.1" ? expenditureManagementWeight : row.Weight))];
}
