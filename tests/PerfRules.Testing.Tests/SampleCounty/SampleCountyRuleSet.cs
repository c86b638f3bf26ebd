using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>
/// A small county rule set written the way a county would write its own (1 预算执行 = 1.1 + 1.2 + 1.3; 2 预算编制与合规 =
/// 2.1 + 2.2; 20 points), with mistakes that can be planted one at a time, and a department's facts to check it with.
/// </summary>
public static class SampleCountyRuleSet
{
    public static RuleSet Build(Defects defects = Defects.None) =>
        RuleSet.Create("SampleCounty", "1.0.0", new LocalizedText("样例县部门整体支出绩效评价指标", "Sample county evaluation"))
            .MaximumScore(20m)
            .Group("1", new LocalizedText("预算执行", "Budget execution"), 10m)
            .Indicator(new CompletionRate(defects))
            .Indicator(new CarryOverRate(defects))
            .Indicator(new AssetUtilisation(defects))
            .Group("2", new LocalizedText("预算编制与合规", "Preparation and compliance"), 10m)
            .Indicator(new BudgetVariance(defects))
            .Indicator(new FinancialCompliance(defects))
            .Rule(new HalfPointToCompletionRate())
            .Build();

    /// <summary>
    /// The department: completion 76.84% (band [70%, 80%) → 1 of 4, rescaled to 4.5: 1.125 → 1.13), carry-over 23.16%,
    /// utilisation 96.5%, revenue variance 12.4%, operating expenses over budget, two findings, no transfer payments.
    /// </summary>
    public static IReadOnlyList<object> Facts() =>
    [
        new EvaluationContext("样例县人力资源和社会保障局", "样例县", "广东省", 2022, new DateOnly(2023, 6, 30)),
        new BudgetExecution(
            FiscalAppropriationRevenueBudget: 10_000_000.00m,
            FiscalAppropriationRevenueFinal: 11_240_000.00m,
            OpeningFiscalCarryOver: 500_000.00m,
            ClosingFiscalCarryOver: 2_720_000.00m,
            GeneralPublicBudgetAppropriation: 11_240_000.00m,
            GovernmentFundAppropriation: 0m,
            ActualExpenditure: 9_020_000.00m,
            BudgetIssuedByFinance: 11_240_000.00m),
        new FixedAssets(2_000_000.00m, 1_930_000.00m),
        new OperatingExpenses(200_000.00m, null, 260_000.00m),
        new EvaluatorFinding("2.2", 0.5m, new LocalizedText("公务接待未附公函"), "2022年12月60#凭证"),
        new EvaluatorFinding("2.2", 0.5m, new LocalizedText("部分支出未附合同"), "2022年8月63#凭证", "2022年8月87#凭证"),
        new TransferPaymentScope(false, "本部门无主管的转移支付资金"),
    ];
}
