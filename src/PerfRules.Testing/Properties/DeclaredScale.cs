using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Scorecards;

namespace PerfRules.Testing.Properties;

/// <summary>What a metric indicator's declared scale says about a value: the points, in words, and how they scale with reallocation.</summary>
internal static class DeclaredScale
{
    /// <summary>The points the declared bands or steps give <paramref name="value"/>, on the table's scale; <see langword="null"/> when no band covers it.</summary>
    public static decimal? Points(MetricScale scale, decimal value)
    {
        if (scale.Bands is { } bands)
        {
            return bands.TryClassify(value, out var hit) ? hit.Points : null;
        }

        return scale.Steps!.Apply(value).Score;
    }

    /// <summary>What the declared scale says about <paramref name="value"/>: "(0.1, 0.2] → 2" or "0.4741: 9 completed steps of 0.05 over 0 → 0 of 3".</summary>
    public static string Describe(MetricScale scale, decimal value)
    {
        if (scale.Bands is { } bands)
        {
            return bands.TryClassify(value, out var hit)
                ? $"{ReportFormat.Number(value)} ∈ {hit.Interval} → {ReportFormat.Number(hit.Points)}"
                : $"{ReportFormat.Number(value)} is in none of the bands {string.Join(", ", bands.Bands)}";
        }

        var steps = scale.Steps!;
        var result = steps.Apply(value);
        return $"{ReportFormat.Number(value)}: {ReportFormat.Number(result.Steps)} {(steps.Counting == Scoring.StepCounting.EveryCompletedStep ? "completed" : "started")} steps of {ReportFormat.Number(steps.StepSize)} over {ReportFormat.Number(steps.Threshold)} → {ReportFormat.Number(result.Score)} of {ReportFormat.Number(steps.PointsAvailable)}";
    }

    /// <summary>The most points the scale gives.</summary>
    public static decimal MaxPoints(MetricScale scale) => scale.Bands?.MaxPoints ?? scale.Steps!.PointsAvailable;

    /// <summary>Whether the scale carries the indicator's whole weight, so its points are the indicator's score (scaled by reallocation).</summary>
    public static bool CoversWholeWeight(IMetricIndicator metric) => MaxPoints(metric.Scale) == metric.Indicator.Weight;

    /// <summary>
    /// By how much reallocation scales the table's points: effective weight ÷ table weight (2.1.2 after receiving 2.1.5's
    /// points: 6 ÷ 4 = 1.5), 1 without reallocation.
    /// </summary>
    public static decimal Factor(IMetricIndicator metric, ScorecardIndicator row) =>
        metric.Indicator.Weight == 0m ? 1m : row.EffectiveWeight / metric.Indicator.Weight;
}
