namespace PerfRules.Testing;

/// <summary>The outcome of every property <see cref="RuleSetProperties.Run"/> checked, for tools; <see cref="Report"/> reads it out.</summary>
/// <remarks>Immutable.</remarks>
public sealed record RuleSetCheckResult
{
    /// <summary>The rule set's id.</summary>
    public required string RuleSetId { get; init; }

    /// <summary>The rule set's version.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>The seed the cases were drawn with: set <see cref="RuleSetCheckOptions.Seed"/> to it to replay them.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Every property's outcome, scorecard properties first, then the boundary properties indicator by indicator.</summary>
    public required IReadOnlyList<PropertyOutcome> Outcomes { get; init; }

    /// <summary>The metric indicators found in the rule set (those whose bounds were probed), in table order.</summary>
    public required IReadOnlyList<string> MetricIndicators { get; init; }

    /// <summary>
    /// The metric indicators whose metric could not be moved to any probe from the baseline or its variations, so their
    /// boundary properties checked nothing: give a baseline that reaches them (a nonzero denominator, say).
    /// </summary>
    public IReadOnlyList<string> UnexercisedIndicators => [.. Outcomes.Where(o => !o.Exercised && o.IndicatorCode is not null).Select(o => o.IndicatorCode!).Distinct()];

    /// <summary>Whether every property held.</summary>
    public bool Passed => Outcomes.All(o => o.Passed);

    /// <summary>The outcomes that failed.</summary>
    public IReadOnlyList<PropertyOutcome> Failures => [.. Outcomes.Where(o => !o.Passed)];

    /// <summary>The readable report: a summary line per property and, for each failure, the shrunk case, its facts and the scorecard's explanation.</summary>
    public required string Report { get; init; }

    /// <summary>The report.</summary>
    /// <returns><see cref="Report"/>.</returns>
    public override string ToString() => Report;
}
