using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>
/// Scores keep two decimals and are rounded half away from zero (四舍五入): checked on every score, on the converted
/// total, and on every metric indicator whose points are scaled by reallocation, where the unrounded score is known
/// (table points × effective weight ÷ weight).
/// </summary>
internal static class RoundingHalfAwayFromZero
{
    public static Violation? Check(IReadOnlyList<IMetricIndicator> metrics, EvaluatedCase evaluated, bool reportThrown)
    {
        var evaluation = evaluated.Evaluation;
        if (evaluation.Error is not null)
        {
            // ScoresWithinWeights reports a thrown evaluation; the other properties then have nothing to check.
            return reportThrown ? ScoresWithinWeights.Thrown(evaluation) : null;
        }

        var card = evaluation.Card!;
        foreach (var row in card.Indicators)
        {
            if (row.Score is { } score && Round(score) != score)
            {
                return new Violation($"{row.Code} {row.Name.Chinese} scores {score}: a score keeps two decimals.", evaluation.Facts, card, [row.Code]);
            }
        }

        if (card.Reconciliation.Conversion is { } conversion && card.ConvertedTotal is { } converted)
        {
            var unrounded = conversion.RawScore * conversion.Scale / conversion.PointsApplied;
            if (converted != Round(unrounded))
            {
                return new Violation(
                    $"The converted total {ReportFormat.Number(converted)} is not {ReportFormat.Number(conversion.RawScore)} × {ReportFormat.Number(conversion.Scale)} ÷ {ReportFormat.Number(conversion.PointsApplied)} = {ReportFormat.Number(unrounded)} rounded half away from zero ({ReportFormat.Number(Round(unrounded))}).",
                    evaluation.Facts, card, []);
            }
        }

        foreach (var metric in metrics.Where(DeclaredScale.CoversWholeWeight))
        {
            var row = card.Indicators.FirstOrDefault(r => r.Code == metric.Indicator.Code);
            if (row is not { Outcome: IndicatorOutcome.Scored, Metric: { } value, Score: { } score }
                || DeclaredScale.Points(metric.Scale, value.Value) is not { } points)
            {
                continue;
            }

            // Only a score within a cent of the unrounded one was computed from these points; a farther one is the
            // bound property's business, not rounding's.
            var unrounded = points * DeclaredScale.Factor(metric, row);
            if (Math.Abs(score - unrounded) < 0.01m && score != Round(unrounded))
            {
                var toEven = Math.Round(unrounded, 2, MidpointRounding.ToEven);
                return new Violation(
                    $"{row.Code} {row.Name.Chinese}: {ReportFormat.Number(points)} points × {ReportFormat.Number(row.EffectiveWeight)}/{ReportFormat.Number(metric.Indicator.Weight)} = {ReportFormat.Number(unrounded)} rounds half away from zero to {ReportFormat.Number(Round(unrounded))}, but the rule scored {ReportFormat.Number(score)}"
                    + (score == toEven ? " (rounded half to even, .NET's default: pass MidpointRounding.AwayFromZero, or use ScoreRounding.Round)." : "."),
                    evaluation.Facts, card, [row.Code]);
            }
        }

        return null;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
