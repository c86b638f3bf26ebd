using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>
/// What a live session's last scorecard was assembled from: for each row of the tree, the indicator's result, its self
/// score and the row made of them. A what-if changes a few results; the rows of the others are the same objects as before,
/// so the next scorecard reuses them instead of rebuilding every row (and comparing the two scorecards finds them equal
/// by reference).
/// </summary>
/// <remarks>
/// Results are immutable facts: the engine replaces a result it re-scores with a new instance, so the same instance means
/// the same row. Not thread-safe; a live session is used by one thread at a time.
/// </remarks>
internal sealed class AssembledRows
{
    private IndicatorResult?[]? _results;
    private SelfAssessedScore?[]? _selfScores;
    private ScorecardIndicator[]? _rows;
    private SelfScoreDifference?[]? _differences;

    /// <summary>The row at <paramref name="position"/> from last time, if it was made of these same inputs.</summary>
    public ScorecardIndicator? Reusable(int position, IndicatorResult? result, decimal? selfScore) =>
        _rows is not null && result is not null && ReferenceEquals(_results![position], result) && Same(_selfScores?[position]?.Score, selfScore)
            ? _rows[position]
            : null;

    /// <summary>The self-score difference of the row at <paramref name="position"/> from last time, if the row is the same.</summary>
    public SelfScoreDifference? ReusableDifference(int position, ScorecardIndicator row) =>
        _rows is not null && ReferenceEquals(_rows[position], row) ? _differences?[position] : null;

    /// <summary>Keeps this scorecard's inputs, rows and self-score differences (by tree position) for the next assembly.</summary>
    public void Remember(IndicatorResult?[] results, SelfAssessedScore?[]? selfScores, ScorecardIndicator[] rows, SelfScoreDifference?[]? differences)
    {
        _results = results;
        _selfScores = selfScores;
        _rows = rows;
        _differences = differences;
    }

    // 1.0 and 1.00 are equal decimals, but the row shows the score as given.
    private static bool Same(decimal? a, decimal? b) => a == b && a?.Scale == b?.Scale;
}
