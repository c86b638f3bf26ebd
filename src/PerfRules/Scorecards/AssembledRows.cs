using PerfRules.Facts;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>
/// What a live session's last scorecard was assembled from: for each row of the tree, the indicator's result, its self
/// score and the row made of them, and the ranking of the deductions. A what-if, or the next department of a batch,
/// changes a few results; the rows of the others are the same objects as before, so the next scorecard reuses them (and
/// the ranked deductions and self-score differences made of them) instead of rebuilding every one, and comparing the two
/// scorecards finds them equal by reference.
/// </summary>
/// <remarks>
/// Results are immutable facts: the engine replaces a result it re-scores with a new instance, so the same instance means
/// the same row. The arrays by tree position never leave the assembler, so each kind has two, used in turn: one holds
/// last time's, the other is filled for this time. Not thread-safe; a live session is used by one thread at a time.
/// </remarks>
internal sealed class AssembledRows
{
    private IndicatorResult?[]? _results;
    private SelfAssessedScore?[]? _selfScores;
    private ScorecardIndicator[]? _rows;
    private SelfScoreDifference?[]? _differences;
    private EquatableList<RankedDeduction>? _ranking;

    // The arrays of the assembly before last, free to be filled again.
    private IndicatorResult?[]? _spareResults;
    private SelfAssessedScore?[]? _spareSelfScores;
    private SelfScoreDifference?[]? _spareDifferences;

    /// <summary>The ranking of last time's deductions, empty before the first assembly.</summary>
    public EquatableList<RankedDeduction> Ranking => _ranking ?? EquatableList<RankedDeduction>.Empty;

    /// <summary>The row at <paramref name="position"/> from last time, if it was made of these same inputs.</summary>
    public ScorecardIndicator? Reusable(int position, IndicatorResult? result, decimal? selfScore) =>
        _rows is not null && result is not null && ReferenceEquals(_results![position], result) && Same(_selfScores?[position]?.Score, selfScore)
            ? _rows[position]
            : null;

    /// <summary>The self-score difference of the row at <paramref name="position"/> from last time, if the row is the same.</summary>
    public SelfScoreDifference? ReusableDifference(int position, ScorecardIndicator row) =>
        _rows is not null && ReferenceEquals(_rows[position], row) ? _differences?[position] : null;

    /// <summary>An array of <paramref name="length"/> for this assembly's results by tree position, emptied.</summary>
    public IndicatorResult?[] ResultsBuffer(int length) => Spare(ref _spareResults, length);

    /// <summary>An array of <paramref name="length"/> for this assembly's self scores by tree position, emptied.</summary>
    public SelfAssessedScore?[] SelfScoresBuffer(int length) => Spare(ref _spareSelfScores, length);

    /// <summary>An array of <paramref name="length"/> for this assembly's self-score differences by tree position, emptied.</summary>
    public SelfScoreDifference?[] DifferencesBuffer(int length) => Spare(ref _spareDifferences, length);

    /// <summary>
    /// Keeps this scorecard's inputs, rows, self-score differences (by tree position) and ranking for the next assembly;
    /// last time's position arrays become the spares the next assembly fills.
    /// </summary>
    public void Remember(
        IndicatorResult?[] results,
        SelfAssessedScore?[]? selfScores,
        ScorecardIndicator[] rows,
        SelfScoreDifference?[]? differences,
        EquatableList<RankedDeduction> ranking)
    {
        _spareResults = Swap(ref _results, results);
        _spareSelfScores = Swap(ref _selfScores, selfScores) ?? _spareSelfScores;
        _spareDifferences = Swap(ref _differences, differences) ?? _spareDifferences;
        _rows = rows;
        _ranking = ranking;
    }

    private static T?[] Spare<T>(ref T?[]? spare, int length)
        where T : class
    {
        var array = spare is { } kept && kept.Length == length ? kept : new T?[length];
        spare = null;
        Array.Clear(array);
        return array;
    }

    private static T? Swap<T>(ref T? field, T? value)
        where T : class
    {
        var old = field;
        field = value;
        return ReferenceEquals(old, value) ? null : old;
    }

    // 1.0 and 1.00 are equal decimals, but the row shows the score as given.
    private static bool Same(decimal? a, decimal? b) => a == b && a?.Scale == b?.Scale;
}
