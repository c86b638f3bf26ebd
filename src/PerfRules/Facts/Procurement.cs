namespace PerfRules.Facts;

/// <summary>Government procurement (政府采购) for the year, in yuan.</summary>
/// <param name="Planned">The procurement budget or plan (政府采购预算/计划), e.g. 0.</param>
/// <param name="Actual">The actual procurement (实际采购金额, 财决附03表), e.g. 219686.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Procurement(decimal Planned, decimal Actual) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(Procurement))
            .NotNegative(nameof(Planned), "采购计划金额", Planned)
            .NotNegative(nameof(Actual), "实际采购金额", Actual)
            .Problems;
}
