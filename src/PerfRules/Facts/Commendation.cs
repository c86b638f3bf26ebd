namespace PerfRules.Facts;

/// <summary>
/// A commendation of the department's work by the central, provincial or municipal party committee or government
/// (表彰), a bonus item (加分项). The same work commended several times counts once: compare <see cref="Work"/>.
/// </summary>
/// <param name="Work">The work commended; commendations of the same work share this text.</param>
/// <param name="Issuer">Who commended it, e.g. 广东省人民政府.</param>
/// <param name="AwardedOn">When, if known.</param>
/// <param name="Document">The commendation document number, if known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Commendation(string Work, string Issuer, DateOnly? AwardedOn = null, string? Document = null) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(Commendation))
            .Required(nameof(Work), "表彰事项", Work)
            .Required(nameof(Issuer), "表彰机关", Issuer)
            .Problems;
}
