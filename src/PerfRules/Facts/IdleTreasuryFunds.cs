namespace PerfRules.Facts;

/// <summary>
/// Idle treasury funds (国库集中支付结转结余存量资金) at one year-end, in yuan; 存量资金效率性 compares two year-ends.
/// </summary>
/// <param name="YearEnd">The year whose end the amount is at, e.g. 2021.</param>
/// <param name="Amount">The amount, e.g. 0.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IdleTreasuryFunds(int YearEnd, decimal Amount) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(IdleTreasuryFunds))
            .NotNegative(nameof(Amount), "存量资金规模", Amount)
            .Problems;
}
