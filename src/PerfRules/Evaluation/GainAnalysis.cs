using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// Finds where a department could win back points: for every indicator below full marks, the smallest change of one
/// input that moves its metric across a bound worth more points (read from the rule set's own bands and steps, and
/// checked by scoring the changed facts), and the deductions to remedy. Ranked by points, then table order.
/// </summary>
public static class GainAnalysis
{
    // How far past an exclusive bound a probe goes: small against any rate or amount a table uses.
    private const decimal Nudge = 0.000001m;

    /// <summary>Finds the gain opportunities for a department.</summary>
    /// <param name="evaluator">The evaluator of the rule set.</param>
    /// <param name="facts">The department's facts.</param>
    /// <returns>The opportunities, most points first; ties in table order.</returns>
    public static IReadOnlyList<GainOpportunity> Find(ScorecardEvaluator evaluator, IReadOnlyList<object> facts)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(facts);
        var card = evaluator.Evaluate(facts);
        var metrics = evaluator.RuleSet.IndicatorRules.OfType<IMetricIndicator>().ToDictionary(m => m.Indicator.Code, StringComparer.Ordinal);
        var found = new List<(int Position, GainOpportunity Opportunity)>();
        var position = 0;
        foreach (var row in card.Indicators.Where(r => r.IsLeaf))
        {
            position++;
            if (row.Score is not { } score || score >= row.EffectiveWeight)
            {
                continue;
            }

            var moved = metrics.TryGetValue(row.Code, out var metric) && row.Metric is { } value
                ? MoveMetric(evaluator, facts, row, metric, value.Value, score)
                : null;
            if (moved is not null)
            {
                found.Add((position, moved));
            }

            foreach (var deduction in row.Deductions.Where(d => moved is null || d.Kind == DeductionKind.Judged))
            {
                found.Add((position, Remedy(row, deduction)));
            }
        }

        return [.. found.OrderByDescending(f => f.Opportunity.Points).ThenBy(f => f.Position).Select(f => f.Opportunity)];
    }

    /// <summary>Tries the bounds in the better direction, nearest first, until a change of the metric wins points.</summary>
    private static GainOpportunity? MoveMetric(ScorecardEvaluator evaluator, IReadOnlyList<object> facts, ScorecardIndicator row, IMetricIndicator metric, decimal current, decimal score)
    {
        var scale = metric.Scale;
        var candidates = scale.Bounds()
            .SelectMany(b => new[] { b - Nudge, b, b + Nudge })
            .Where(v => v != current && scale.Domain.Contains(v))
            .Where(v => scale.Direction switch
            {
                MetricDirection.HigherIsBetter => v > current,
                MetricDirection.LowerIsBetter => v < current,
                _ => true,
            })
            .Distinct()
            .OrderBy(v => Math.Abs(v - current));
        foreach (var target in candidates)
        {
            if (metric.Adjust(facts, target) is not { } adjustment)
            {
                continue;
            }

            var after = evaluator.Evaluate(adjustment.Facts)[row.Code];
            if (after.Score is { } better && better > score)
            {
                return new GainOpportunity(
                    row.Code,
                    row.Name,
                    GainKind.MoveMetric,
                    better - score,
                    Describe(row, scale, current, target, adjustment, better - score),
                    adjustment,
                    current,
                    target);
            }
        }

        return null;
    }

    private static GainOpportunity Remedy(ScorecardIndicator row, Deduction deduction) =>
        new(
            row.Code,
            row.Name,
            GainKind.Remedy,
            deduction.Points,
            new LocalizedText(
                $"{row.Name.Chinese}：整改“{deduction.Reason.Chinese}”，可挽回{ReportFormat.Points(deduction.Points)}分",
                $"{row.Name.Get(Language.English)}: remedy \"{deduction.Reason.Get(Language.English)}\" to win back {ReportFormat.Points(deduction.Points)} points"),
            Deduction: deduction);

    private static LocalizedText Describe(ScorecardIndicator row, MetricScale scale, decimal from, decimal to, MetricAdjustment adjustment, decimal points)
    {
        var unit = row.Metric!.Unit;
        string Show(decimal v, Language language) => ReportFormat.Quantity(v, unit, language);
        return new LocalizedText(
            $"{scale.MetricName.Chinese}{Show(from, Language.Chinese)}→{Show(to, Language.Chinese)}（{adjustment.FactType}.{adjustment.Field}：{ReportFormat.Number(adjustment.From)}→{ReportFormat.Number(ScoringRound(adjustment.To))}），可增加{ReportFormat.Points(points)}分",
            $"{scale.MetricName.Get(Language.English)} {Show(from, Language.English)} → {Show(to, Language.English)} ({adjustment.FactType}.{adjustment.Field}: {ReportFormat.Number(adjustment.From)} → {ReportFormat.Number(ScoringRound(adjustment.To))}) gains {ReportFormat.Points(points)} points");
    }

    private static decimal ScoringRound(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
