using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// The Suixi County (遂溪县, Guangdong) whole-department expenditure performance evaluation table of 2022
/// (部门整体支出绩效评价指标评分表), as applied in report 湛泰咨字【2024】第4号. The groups are declared here; each leaf is
/// one rule class in this namespace, in a file named by its code (for example <c>2.1.2-ExpenditureCompletionRate.cs</c>).
/// The specification, with every choice the table leaves open, is docs/rulesets/guangdong-suixi-2022.md.
/// </summary>
internal static class SuixiRuleSet
{
    public const string Id = "GuangdongSuixi2022";

    public static RuleSet Build()
    {
        var builder = RuleSet.Create(Id, "1.0.0", new LocalizedText("遂溪县部门整体支出绩效评价指标（2022年度）", "Suixi County whole-department expenditure performance evaluation (2022)"))
            .Jurisdiction("广东省湛江市遂溪县")
            .EffectiveYear(2022)
            .Group("1", new LocalizedText("预算编制情况", "Budget preparation"), 20m)
            .Group("1.1", new LocalizedText("预算编制", "Budget formulation"), 12m)
            .Group("1.2", new LocalizedText("目标设置", "Target setting"), 8m)
            .Group("2", new LocalizedText("预算执行情况", "Budget execution"), 40m)
            // The report prints 21 for 支出管理, a misprint: its seven children weigh 2+4+3+3+3+2+6 = 23, and only 23
            // makes level 2 add up to 40 (see the golden file's errata).
            .Group("2.1", new LocalizedText("支出管理", "Expenditure management"), 23m)
            .Group("2.2", new LocalizedText("项目管理", "Project management"), 10m)
            .Group("2.3", new LocalizedText("资产管理", "Asset management"), 7m)
            .Group("3", new LocalizedText("预算监督情况", "Budget oversight"), 10m)
            .Group("3.1", new LocalizedText("信息公开", "Disclosure"), 7m)
            .Group("3.2", new LocalizedText("绩效自评", "Performance self-evaluation"), 3m)
            .Group("4", new LocalizedText("预算执行效益", "Budget execution effectiveness"), 30m)
            .Group("4.1", new LocalizedText("经济性", "Economy"), 4m)
            .Group("4.2", new LocalizedText("效率性", "Efficiency"), 11m)
            .Group("4.3", new LocalizedText("效果性", "Effectiveness"), 10m)
            .Group("4.4", new LocalizedText("公平性", "Fairness"), 5m)
            // 加减分项: +1 per commendation (the same work once), at most +3, total at most 100; -2 per accountability
            // finding (the same problem once), at most -6, total at least 0.
            .Adjustments(new AdjustmentPolicy(bonusPerItem: 1m, bonusCap: 3m, penaltyPerItem: 2m, penaltyCap: 6m, maximumTotal: 100m, minimumTotal: 0m));

        foreach (var rule in Rules())
        {
            builder.Rule(rule);
        }

        return builder.Build();
    }

    /// <summary>
    /// One instance of each rule class of this namespace, in table order. Listed rather than found by reflection: scanning
    /// the assembly's types and activating them made up a tenth of building the rule set in a fresh process. A test checks
    /// that the list names every rule class of the namespace.
    /// </summary>
    internal static Rule[] Rules() =>
    [
        new BudgetPreparationReasonableness(),
        new BudgetPreparationConformity(),
        new BudgetPreparationAccuracy(),
        new TargetCompleteness(),
        new TargetSoundness(),
        new SafeguardSoundness(),
        new ExpenditureCompletionRate(),
        new CarryOverRate(),
        new IdleTreasuryFundsEfficiency(),
        new FundIssuingLegality(),
        new SubordinateBudgetPointsToCompletionRate(),
        new TransferPaymentPointsToCompletionRate(),
        new ProcurementExecutionRate(),
        new FinancialCompliance(),
        new ProjectImplementationProcedure(),
        new ProjectSupervision(),
        new AssetManagementCompliance(),
        new FixedAssetUtilizationRate(),
        new BudgetAndFinalAccountsDisclosure(),
        new PerformanceTargetDisclosure(),
        new SelfEvaluationDisclosure(),
        new SelfEvaluationOrganization(),
        new SelfEvaluationTimeliness(),
        new SelfEvaluationQuality(),
        new OperatingExpenseControl(),
        new KeyWorkEfficiency(),
        new TargetAchievementEfficiency(),
        new ProjectCompletionTimeliness(),
        new SocialEconomicBenefit(),
        new PetitionResponse(),
        new PublicSatisfaction(),
    ];
}
