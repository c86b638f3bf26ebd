namespace PerfRules.Facts;

/// <summary>
/// A problem found by a State Council inspection, an NPC audit or a supervision check for which the department was
/// held accountable (被问责), a penalty item (减分项). The same problem held accountable several times counts once:
/// compare <see cref="Problem"/>.
/// </summary>
/// <param name="Problem">The problem; findings of the same problem share this text.</param>
/// <param name="Source">Who found it, e.g. 国务院大督查, 人大审计.</param>
/// <param name="FoundOn">When, if known.</param>
/// <param name="Document">The document number, if known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountabilityFinding(string Problem, string Source, DateOnly? FoundOn = null, string? Document = null) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(AccountabilityFinding))
            .Required(nameof(Problem), "问责事项", Problem)
            .Required(nameof(Source), "监督检查来源", Source)
            .Problems;
}
