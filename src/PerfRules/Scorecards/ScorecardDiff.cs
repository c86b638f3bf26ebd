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

        return new ScorecardDiff { Before = before, After = after, Changes = ChangedRows(before.Indicators, after.Indicators) };
    }

    /// <summary>The rows of <paramref name="after"/> that differ from the row of the same code in <paramref name="before"/>.</summary>
    /// <remarks>
    /// Two scorecards of one rule set list the same indicators in the same order, so rows are compared position by position
    /// (after a what-if most are the very same objects); a scorecard whose rows are in another order (built by hand or
    /// edited) is matched by code instead.
    /// </remarks>
    private static List<IndicatorChange> ChangedRows(IReadOnlyList<ScorecardIndicator> before, IReadOnlyList<ScorecardIndicator> after)
    {
        Dictionary<string, ScorecardIndicator>? byCode = null;
        var changes = new List<IndicatorChange>();
        for (var i = 0; i < after.Count; i++)
        {
            var row = after[i];
            var was = i < before.Count && before[i].Code == row.Code ? before[i]
                : (byCode ??= ByCode(before)).GetValueOrDefault(row.Code);
            if (was is not null && was != row)
            {
                changes.Add(new IndicatorChange(row.Code, row.Name, was.Score, row.Score, was.Outcome, row.Outcome, row.Note));
            }
        }

        return changes;
    }

    private static Dictionary<string, ScorecardIndicator> ByCode(IReadOnlyList<ScorecardIndicator> rows)
    {
        var byCode = new Dictionary<string, ScorecardIndicator>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byCode.Add(row.Code, row);
        }

        return byCode;
    }
}
