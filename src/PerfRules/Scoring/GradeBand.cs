namespace PerfRules.Scoring;

/// <summary>One band of a <see cref="GradeScale"/>: the totals it covers and their grade.</summary>
/// <param name="Interval">The totals covered, bounds stated inclusive or exclusive.</param>
/// <param name="Grade">The grade.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GradeBand(Interval Interval, Grade Grade);
