using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// Moves the 2 points of 2.1.5 资金下达合法性's transfer-payment part to 2.1.2 支出完成率 when the department declares it
/// manages no transfer payments: "如被评价部门没有主管的转移支付资金……则相应指标分值调整至“支出完成率”".
/// </summary>
/// <remarks>
/// Yields a <see cref="WeightTransfer"/> (a linked fact, kept only while the declaration stands), which both indicators
/// collect: 2.1.2's effective weight becomes 6 (its band points rescaled, 3/4 × 6 = 4.5) and 2.1.5's becomes 1. It fires
/// before them (priority 100), so they score once with their effective weights instead of scoring with the original ones
/// and again when the transfer arrives.
/// </remarks>
[Name("2.1.5 → 2.1.2 转移支付部分分值调整")]
[Priority(100)]
[Description("没有主管的转移支付资金的部门，“资金下达合法性”转移支付部分的2分调整至“支出完成率”。")]
public sealed class TransferPaymentPointsToCompletionRate : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        TransferPaymentScope scope = null!;
        When()
            .Match(() => scope, s => !s.ManagesTransferPayments);
        Then()
            .Yield(_ => new WeightTransfer("2.1.5", "2.1.2", FundIssuingLegality.TransferPaymentPoints));
    }
}
