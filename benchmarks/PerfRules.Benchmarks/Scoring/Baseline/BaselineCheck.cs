using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>
/// Proves the hand-written baseline honest: its scorecard must equal the engine's, row by row (score, effective weight,
/// Chinese note, every deduction's points, reason and evidence), then the total and the grade. Run in the benchmarks'
/// global setup, so a baseline that drifts from the rule set stops the benchmark (and CI's dry pass) instead of making
/// the ratio compare unequal work.
/// </summary>
internal static class BaselineCheck
{
    /// <summary>Throws at the first difference between the two scorecards.</summary>
    /// <param name="engine">The engine's scorecard.</param>
    /// <param name="baseline">The hand-written one, for the same facts.</param>
    /// <exception cref="InvalidOperationException">They differ; the message names the indicator, the field and both values.</exception>
    public static void Equal(Scorecard engine, HandWrittenScorecard baseline)
    {
        if (engine.Indicators.Count != baseline.Indicators.Count)
        {
            Fail("the scorecard", "rows", engine.Indicators.Count, baseline.Indicators.Count);
        }

        for (var i = 0; i < engine.Indicators.Count; i++)
        {
            var expected = engine.Indicators[i];
            var actual = baseline.Indicators[i];
            var where = "indicator " + expected.Code;
            Same(where, "code", expected.Code, actual.Code);
            Same(where, "score", expected.Score, actual.Score);
            Same(where, "effective weight", expected.EffectiveWeight, actual.EffectiveWeight);
            Same(where, "note", expected.Note.Chinese, actual.Note);
            Same(where, "deduction count", expected.Deductions.Count, actual.Deductions.Count);
            for (var d = 0; d < expected.Deductions.Count; d++)
            {
                var deduction = $"{where}, deduction {d + 1}";
                Same(deduction, "points", expected.Deductions[d].Points, actual.Deductions[d].Points);
                Same(deduction, "reason", expected.Deductions[d].Reason.Chinese, actual.Deductions[d].Reason);
                Same(deduction, "evidence", string.Join(" | ", expected.Deductions[d].Evidence), string.Join(" | ", actual.Deductions[d].Evidence));
            }
        }

        Same("the scorecard", "total", engine.Total, baseline.Total);
        Same("the scorecard", "grade", engine.Grade?.Name(Language.Chinese), baseline.Grade);
    }

    private static void Same<T>(string where, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Fail(where, what, expected, actual);
        }
    }

    private static void Fail(string where, string what, object? engine, object? baseline) =>
        throw new InvalidOperationException(
            $"The hand-written baseline differs from the engine's scorecard at {where}, {what}:{Environment.NewLine}" +
            $"  engine:   {engine}{Environment.NewLine}  baseline: {baseline}");
}
