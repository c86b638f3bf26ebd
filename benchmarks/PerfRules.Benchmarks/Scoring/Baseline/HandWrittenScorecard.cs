namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>
/// What <see cref="HandWrittenSuixiScorecard"/> computes: the part of the engine's <c>Scorecard</c> a reader checks
/// first (every indicator's score, note and deductions in Chinese, the total and the grade), and nothing else.
/// </summary>
/// <param name="Indicators">The rows in the table's order: each group before its children.</param>
/// <param name="Total">The total (总分), after the 加减分项 adjustments.</param>
/// <param name="Grade">The grade's Chinese name (优, 良, 中, 差).</param>
public sealed record HandWrittenScorecard(IReadOnlyList<HandWrittenIndicator> Indicators, decimal Total, string Grade);
