using PerfRules.Internal;

namespace PerfRules.Scorecards;

/// <summary>What a change of facts did to a scorecard: the scorecards before and after, and every indicator that changed.</summary>
public sealed record ScorecardDiff
{
    /// <summary>The scorecard before the change.</summary>
    public required Scorecard Before { get; init; }

    /// <summary>The scorecard after the change.</summary>
    public required Scorecard After { get; init; }

    /// <summary>The indicators whose score, outcome or note changed, in table order.</summary>
    public IReadOnlyList<IndicatorChange> Changes { get; init => field = EquatableList<IndicatorChange>.From(value); } = EquatableList<IndicatorChange>.Empty;

    /// <summary>The total after minus the total before, when both are known.</summary>
    public decimal? TotalDelta => After.Total - Before.Total;

    /// <summary>Compares two scorecards of the same rule set.</summary>
    /// <param name="before">The earlier scorecard.</param>
    /// <param name="after">The later scorecard.</param>
    /// <returns>The diff.</returns>
    /// <exception cref="ArgumentException">The scorecards come from different rule sets.</exception>
    public static ScorecardDiff Between(Scorecard before, Scorecard after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.RuleSetHash != after.RuleSetHash)
        {
            throw new ArgumentException($"The scorecards come from different rule sets ({before.RuleSetId} {before.RuleSetVersion}, {after.RuleSetId} {after.RuleSetVersion}).", nameof(after));
        }

        var old = before.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        return new ScorecardDiff
        {
            Before = before,
            After = after,
            Changes = after.Indicators
                .Where(row => old.TryGetValue(row.Code, out var was) && was != row)
                .Select(row => (row, was: old[row.Code]))
                .Select(p => new IndicatorChange(p.row.Code, p.row.Name, p.was.Score, p.row.Score, p.was.Outcome, p.row.Outcome, p.row.Note))
                .ToList(),
        };
    }
}
