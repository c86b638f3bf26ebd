using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Testing.Boundaries;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>
/// At every probe, exactly on each bound and just beside it, the rule scores what its declared scale gives the metric
/// value it computed: a bound declared inclusive scores with its band, one declared exclusive with the neighbour. A
/// rule that classifies a rounded rate, or tests <c>&gt;</c> where the scale says <c>≥</c>, fails here.
/// </summary>
/// <remarks>
/// The declared points are scaled by effective weight ÷ weight, so a reallocated indicator (2.1.2 scored 3/4 × 6) is
/// checked too. When the scale carries only part of the indicator's weight (steps for 3 of 5 points), the rest is
/// whatever the other parts score, which a probe does not move: the check is then that score − scaled points is the
/// same at every probe.
/// </remarks>
internal static class BoundsAsDeclared
{
    private const decimal HalfCent = 0.005m;

    public static Violation? Check(MetricSweep sweep)
    {
        var metric = sweep.Indicator;
        if (sweep.Probes.FirstOrDefault(p => p.AdjustError is not null) is { AdjustError: { } error } thrown)
        {
            return new Violation(
                $"{Name(metric)}: its Adjust threw {error.GetType().Name} when asked for {ReportFormat.Number(thrown.Probe.Value)}: {error.Message}. Adjust must return null for a value it cannot reach.",
                [], null, []);
        }

        var reached = sweep.Reached;
        if (reached.Count == 0)
        {
            // Nothing to check from these facts; the outcome says the indicator was not exercised.
            return null;
        }

        foreach (var probe in reached.Where(p => p.Probe.Kind == BoundaryProbeKind.OnBound))
        {
            if (probe.Row?.Metric is { } value && value.Value != probe.Probe.Value)
            {
                return new Violation(
                    $"{Name(metric)}: asked to put {metric.Scale.MetricName.Chinese} exactly on the bound {ReportFormat.Number(probe.Probe.Value)}, {metric.Indicator.Code}'s Adjust changed {Change(probe)}, and the rule computed {ReportFormat.Number(value.Value)}: the bound cannot be checked. Adjust must reach the value exactly (compare unrounded rates, C2).",
                    probe.Evaluation!.Facts, probe.Evaluation.Card, [metric.Indicator.Code], Change(probe));
            }
        }

        var scored = reached
            .Where(p => p.Row is { Outcome: IndicatorOutcome.Scored } && p.Metric is { } m && metric.Scale.Domain.Contains(m))
            .Select(p => (Probe: p, Value: p.Metric!.Value, Score: p.Row!.Score!.Value, Points: DeclaredScale.Points(metric.Scale, p.Metric.Value)))
            .Where(p => p.Points is not null)
            .Select(p => (p.Probe, p.Value, p.Score, Expected: p.Points!.Value * DeclaredScale.Factor(metric, p.Probe.Row!)))
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        // The rest of the indicator (0 when the scale carries its whole weight) is what most probes agree on.
        var wholeWeight = DeclaredScale.CoversWholeWeight(metric);
        var rest = wholeWeight ? 0m : scored.GroupBy(p => Math.Round(p.Score - p.Expected, 2)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var tolerance = wholeWeight ? HalfCent : 2 * HalfCent;
        var wrong = scored
            .Where(p => Math.Abs(p.Score - (rest + p.Expected)) > tolerance)
            .OrderBy(p => Rank(p.Probe.Probe.Kind))
            .ToList();
        if (wrong.Count == 0)
        {
            return null;
        }

        var first = wrong[0];
        var lines = wrong.Take(4).Select(p =>
            $"  - {p.Probe.Probe}: the rule computed {ReportFormat.Number(p.Value)}; declared {DeclaredScale.Describe(metric.Scale, p.Value)}"
            + $"{Scaling(metric, p.Probe)} → expected {ReportFormat.Number(rest + p.Expected)}{(wholeWeight ? "" : $" (the other parts score {ReportFormat.Number(rest)} at most probes)")}, scored {ReportFormat.Number(p.Score)}");
        return new Violation(
            $"{Name(metric)} does not score as its declared {(metric.Scale.Bands is null ? "steps" : "bands")} say at {wrong.Count} of {scored.Count} probes (an inclusive/exclusive bound the rule does not follow, a rate rounded before it is compared, or logic that departs from the scale):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines)
            + (wrong.Count > 4 ? $"{Environment.NewLine}  - … and {wrong.Count - 4} more" : ""),
            first.Probe.Evaluation!.Facts, first.Probe.Evaluation.Card, [metric.Indicator.Code], $"{first.Probe.Probe}: {Change(first.Probe)}");
    }

    internal static string Name(IMetricIndicator metric) => $"{metric.Indicator.Code} {metric.Indicator.Name.Chinese}";

    internal static string Change(ProbeOutcome probe) =>
        probe.Adjustment is { } a ? $"{a.FactType}.{a.Field} {ReportFormat.Number(a.From)} → {ReportFormat.Number(a.To)}" : "nothing";

    private static string Scaling(IMetricIndicator metric, ProbeOutcome probe) =>
        probe.Row is { } row && row.EffectiveWeight != metric.Indicator.Weight
            ? $" × {ReportFormat.Number(row.EffectiveWeight)}/{ReportFormat.Number(metric.Indicator.Weight)} (reallocated)"
            : "";

    // Report the probes on a bound first: they say which bound is wrong.
    private static int Rank(BoundaryProbeKind kind) => kind switch
    {
        BoundaryProbeKind.OnBound => 0,
        BoundaryProbeKind.JustBelow or BoundaryProbeKind.JustAbove => 1,
        BoundaryProbeKind.CentBelow or BoundaryProbeKind.CentAbove => 2,
        _ => 3,
    };
}
