using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>
/// A metric whose scale declares a direction never loses points as it improves: with higher-is-better (支出完成率), a
/// higher value never scores less; with lower-is-better (结转结余率), a lower one never scores less. Checked on the scores
/// the rule gave at every probe, with the declared points beside them to show whether the scale or the rule is at fault.
/// </summary>
internal static class Monotone
{
    public static Violation? Check(MetricSweep sweep)
    {
        var metric = sweep.Indicator;
        var scale = metric.Scale;
        if (scale.Direction == MetricDirection.NotMonotone)
        {
            return null;
        }

        var scored = sweep.Reached
            .Where(p => p.Row is { Outcome: IndicatorOutcome.Scored } && p.Metric is { } m && scale.Domain.Contains(m))
            .OrderBy(p => p.Metric!.Value)
            .ToList();
        var higherIsBetter = scale.Direction == MetricDirection.HigherIsBetter;
        foreach (var (low, high) in scored.Zip(scored.Skip(1)))
        {
            var (lowScore, highScore) = (low.Row!.Score!.Value, high.Row!.Score!.Value);
            if (low.Metric == high.Metric || (higherIsBetter ? lowScore <= highScore : lowScore >= highScore))
            {
                continue;
            }

            var (worse, better) = higherIsBetter ? (low, high) : (high, low);
            var declaredWorse = DeclaredScale.Points(scale, worse.Metric!.Value);
            var declaredBetter = DeclaredScale.Points(scale, better.Metric!.Value);
            var fault = declaredWorse > declaredBetter ? "the declared scale itself is not monotone" : "the rule departs from its declared scale";
            return new Violation(
                $"{BoundsAsDeclared.Name(metric)}: {scale.MetricName.Chinese} is declared {(higherIsBetter ? "higher-is-better" : "lower-is-better")}, but the better value {ReportFormat.Number(better.Metric.Value)} scores {ReportFormat.Number(better.Row!.Score!.Value)} while the worse value {ReportFormat.Number(worse.Metric.Value)} scores {ReportFormat.Number(worse.Row!.Score!.Value)}; "
                + $"declared: {DeclaredScale.Describe(scale, better.Metric.Value)} and {DeclaredScale.Describe(scale, worse.Metric.Value)}, so {fault}.",
                better.Evaluation!.Facts, better.Evaluation.Card, [metric.Indicator.Code], $"{better.Probe}: {BoundsAsDeclared.Change(better)}");
        }

        return null;
    }
}
