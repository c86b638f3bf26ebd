using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>
/// Every metric value in the scale's domain, on the bounds, between them and beyond the outermost ones, lies in exactly
/// one declared band, and the rule scores it. A value outside the domain is never probed for a score: a domain that
/// stops at 100% is the rule set's explicit, documented rejection of a rate above it as bad input, so a value just
/// outside it must be rejected (an error outcome), never scored.
/// </summary>
internal static class EveryValueInOneBand
{
    public static Violation? Check(MetricSweep sweep)
    {
        var metric = sweep.Indicator;
        var scale = metric.Scale;
        var probes = sweep.Reached.Where(p => p.Metric is { } m && scale.Domain.Contains(m)).ToList();
        if (scale.Bands is { } bands)
        {
            foreach (var probe in probes)
            {
                var value = probe.Metric!.Value;
                var containing = bands.Bands.Where(b => b.Interval.Contains(value)).ToList();
                if (containing.Count != 1)
                {
                    return new Violation(
                        $"{BoundsAsDeclared.Name(metric)}: {scale.MetricName.Chinese} = {ReportFormat.Number(value)} lies in the domain {scale.Domain} but in {(containing.Count == 0 ? "no band" : $"{containing.Count} bands ({string.Join(", ", containing)})")}; the bands are {string.Join(", ", bands.Bands)}. "
                        + "Close the gap with a band, or, if the rule set rejects such values as bad input, say so by leaving them out of MetricScale.Domain (and document the decision).",
                        probe.Evaluation!.Facts, probe.Evaluation.Card, [metric.Indicator.Code], $"{probe.Probe}: {BoundsAsDeclared.Change(probe)}");
                }
            }
        }

        // A value is refused for its own sake only when other values are scored from the same facts, and the refusal is an
        // error: missing data means the variation left out a fact the indicator needs, whatever the value.
        var refused = probes.Any(p => p.Row is { Outcome: IndicatorOutcome.Scored })
            ? probes.Where(p => p.Row is null || p.Row.Outcome == IndicatorOutcome.Error)
            : [];
        foreach (var probe in refused)
        {
            var row = probe.Row;
            var why = row is null ? "the evaluation threw: " + probe.Evaluation!.Error?.Message
                : $"its outcome is {row.Outcome}: {string.Join("; ", row.Problems.Select(p => p.Message.Chinese))}";
            return new Violation(
                $"{BoundsAsDeclared.Name(metric)}: {scale.MetricName.Chinese} = {ReportFormat.Number(probe.Metric!.Value)} lies in the domain {scale.Domain}, yet the rule did not score it ({why}). Either score it, or leave it out of MetricScale.Domain if it is bad input.",
                probe.Evaluation!.Facts, probe.Evaluation.Card, [metric.Indicator.Code], $"{probe.Probe}: {BoundsAsDeclared.Change(probe)}");
        }

        foreach (var probe in sweep.Reached.Where(p => p.Probe.Kind == Boundaries.BoundaryProbeKind.OutsideDomain))
        {
            if (probe.Row is { Outcome: IndicatorOutcome.Scored } row && probe.Metric is { } value && !scale.Domain.Contains(value))
            {
                return new Violation(
                    $"{BoundsAsDeclared.Name(metric)}: {scale.MetricName.Chinese} = {ReportFormat.Number(value)} lies outside the declared domain {scale.Domain}, yet the rule scored it {ReportFormat.Number(row.Score!.Value)}. "
                    + "The domain declares which values are bad input: reject such a value (an error naming the fact and field), or widen the domain and give it a band.",
                    probe.Evaluation!.Facts, probe.Evaluation.Card, [metric.Indicator.Code], $"{probe.Probe}: {BoundsAsDeclared.Change(probe)}");
            }
        }

        return null;
    }
}
