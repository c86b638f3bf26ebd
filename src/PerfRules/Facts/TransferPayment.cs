namespace PerfRules.Facts;

/// <summary>A transfer payment (转移支付) the department manages and must issue on time, for 资金下达合法性.</summary>
/// <param name="Name">The project or fund's name.</param>
/// <param name="Amount">The amount to issue, in yuan.</param>
/// <param name="Kind">General, special or from a higher level.</param>
/// <param name="DueDate">The last day to issue it on time (要求下达时限), when known.</param>
/// <param name="IssuedOn">The day it was issued (实际下达时间), or null when not issued.</param>
/// <param name="IssueDocument">The issuing document number (资金下达文号), when known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TransferPayment(
    string Name,
    decimal Amount,
    TransferPaymentKind Kind,
    DateOnly? DueDate,
    DateOnly? IssuedOn,
    string? IssueDocument = null) : IFact
{
    /// <summary>Whether it was issued by its due date; null when either date is unknown.</summary>
    public bool? IsIssuedOnTime => DueDate is { } due && IssuedOn is { } issued ? issued <= due : null;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(TransferPayment))
            .Required(nameof(Name), "转移支付项目名称", Name)
            .NotNegative(nameof(Amount), "转移支付金额", Amount)
            .Defined(nameof(Kind), "转移支付类型", Kind)
            .Problems;
}
