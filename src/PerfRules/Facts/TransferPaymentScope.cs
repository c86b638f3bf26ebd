namespace PerfRules.Facts;

/// <summary>
/// The department's declaration whether it manages transfer payments (主管的转移支付资金) at all, e.g. 县人社局2022年度没有主管的
/// 转移支付资金. An empty list of <see cref="TransferPayment"/> facts cannot tell "none" from "not collected"; this
/// declaration can, so rules that move the transfer-payment points elsewhere when there are none (资金下达合法性 →
/// 支出完成率; 预算编制规范性's item 3) require it, and treat its absence as missing data.
/// </summary>
/// <param name="ManagesTransferPayments">Whether the department manages transfer payments; false means it has none to issue.</param>
/// <param name="Statement">
/// The department's statement (部门备注说明) as the report quotes it; required when it declares none, since the criteria
/// move the points only "经部门备注说明后".
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TransferPaymentScope(bool ManagesTransferPayments, string? Statement = null) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(TransferPaymentScope));
        if (!ManagesTransferPayments)
        {
            checks.Required(nameof(Statement), "无主管转移支付资金的部门备注说明", Statement);
        }
        else if (Statement is not null)
        {
            checks.Required(nameof(Statement), "部门备注说明", Statement);
        }

        return checks.Problems;
    }
}
