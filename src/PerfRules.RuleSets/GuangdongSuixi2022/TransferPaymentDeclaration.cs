using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// The checks every Suixi rule that depends on the department's transfer payments makes of its declaration
/// (<see cref="TransferPaymentScope"/>) against the transfer payments given (<see cref="TransferPayment"/>).
/// </summary>
internal static class TransferPaymentDeclaration
{
    /// <summary>The department manages transfer payments, but none were given: they were not collected.</summary>
    public static readonly FactProblem NoneGiven = new(
        nameof(TransferPayment),
        "*",
        new LocalizedText("部门说明有主管的转移支付资金，但未提供转移支付明细", "The department states it manages transfer payments, but no TransferPayment fact was given"));

    /// <summary>A problem when the department declares none but transfer payments were given; null otherwise.</summary>
    public static FactProblem? Contradiction(TransferPaymentScope scope, IReadOnlyList<TransferPayment> transfers) =>
        !scope.ManagesTransferPayments && transfers.Count > 0
            ? new FactProblem(
                nameof(TransferPaymentScope),
                nameof(TransferPaymentScope.ManagesTransferPayments),
                new LocalizedText(
                    $"部门说明无主管的转移支付资金，却提供了{transfers.Count}项转移支付",
                    $"The department states it manages no transfer payments, yet {transfers.Count} TransferPayment facts were given"))
            : null;
}
