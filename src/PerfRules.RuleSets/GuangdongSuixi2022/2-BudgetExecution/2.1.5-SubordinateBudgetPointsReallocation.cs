using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// Moves the 1 point of 2.1.5 资金下达合法性's subordinate-budgets part to 2.1.2 支出完成率 when the department has no
/// subordinate budgets to approve: "如被评价部门……无需批复下属单位预算，则相应指标分值调整至“支出完成率”".
/// </summary>
/// <remarks>
/// Yields a <see cref="WeightTransfer"/> (a linked fact, kept only while the fact stands), which both indicators collect.
/// It fires before them (priority 100), so they score once with their effective weights instead of scoring with the
/// original ones and again when the transfer arrives.
/// </remarks>
[Name("2.1.5 → 2.1.2 部门预算部分分值调整")]
[Priority(100)]
[Description("无需批复下属单位预算的部门，“资金下达合法性”部门预算部分的1分调整至“支出完成率”。")]
public sealed class SubordinateBudgetPointsToCompletionRate : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        SubordinateBudgetApproval approval = null!;
        When()
            .Match(() => approval, a => !a.HasSubordinateUnits);
        Then()
            .Yield(_ => new WeightTransfer("2.1.5", "2.1.2", FundIssuingLegality.SubordinateBudgetPoints));
    }
}
