using FsCheck;
using Interval = PerfRules.Scoring.Interval;
using FsCheck.Fluent;
using PerfRules.Evaluation;
using PerfRules.Scoring;

namespace PerfRules.Testing.Boundaries;

/// <summary>
/// Generators that put a metric exactly on, just below and just above every bound of every band and step of a rule
/// set, and into every gap between bounds and beyond the outermost ones, all inside the metric's domain. The bounds are
/// read from the rule set itself (<see cref="IMetricIndicator.Scale"/> of each indicator rule that implements it),
/// never listed by hand, so a rule that gains a scale later is probed without a change here.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class BoundaryGenerators
{
    /// <summary>The default relative epsilon: a probe "just beside" the bound b lies 1e-6 × |b| from it (1e-6 when b = 0).</summary>
    public const decimal DefaultEpsilon = 0.000001m;

    /// <summary>The metric indicators of a rule set, in table order.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>Every indicator rule that implements <see cref="IMetricIndicator"/>.</returns>
    public static IReadOnlyList<IMetricIndicator> MetricIndicators(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. ruleSet.IndicatorRules.OfType<IMetricIndicator>()];
    }

    /// <summary>
    /// Every probe of one metric indicator, in increasing order of value: for each bound b of its scale, b itself,
    /// b ∓ <paramref name="epsilon"/> × |b|, and b then ∓ one cent of the moved input; a quarter, half and three quarters of
    /// the way across each gap between neighbouring bounds; the domain's ends when it includes them; and values beyond
    /// the outermost bounds. Values outside <see cref="MetricScale.Domain"/> are never probed for a score: a domain that
    /// stops at 100% is how a rule set declares that a rate above it is bad input. Each finite end of the domain gets one
    /// probe just outside it (<see cref="BoundaryProbeKind.OutsideDomain"/>), to confirm the rule rejects it.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="epsilon">The relative distance of "just below" and "just above"; positive.</param>
    /// <returns>The probes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epsilon"/> is not positive.</exception>
    public static IReadOnlyList<BoundaryProbe> Probes(IMetricIndicator indicator, decimal epsilon = DefaultEpsilon)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epsilon);
        var code = indicator.Indicator.Code;
        var domain = indicator.Scale.Domain;
        var bounds = indicator.Scale.Bounds();
        var probes = new List<BoundaryProbe>();
        void Add(decimal value, BoundaryProbeKind kind, decimal? bound, int cents = 0) =>
            probes.Add(new BoundaryProbe(code, value, cents, kind, bound));

        foreach (var bound in bounds)
        {
            var delta = Delta(bound, epsilon);
            Add(bound, BoundaryProbeKind.OnBound, bound);
            Add(bound - delta, BoundaryProbeKind.JustBelow, bound);
            Add(bound + delta, BoundaryProbeKind.JustAbove, bound);
            Add(bound, BoundaryProbeKind.CentBelow, bound, -1);
            Add(bound, BoundaryProbeKind.CentAbove, bound, +1);
        }

        foreach (var (low, high) in bounds.Zip(bounds.Skip(1)))
        {
            var width = high - low;
            Add(low + (width / 4m), BoundaryProbeKind.BetweenBounds, null);
            Add(low + (width / 2m), BoundaryProbeKind.BetweenBounds, null);
            Add(low + (3m * width / 4m), BoundaryProbeKind.BetweenBounds, null);
        }

        AddDomainEdges(domain, Add);
        if (bounds.Count == 0)
        {
            // A scale with a single band over the whole domain still has values to score.
            foreach (var value in new[] { -1m, 0m, 0.5m, 1m, 10m })
            {
                Add(value, BoundaryProbeKind.BetweenBounds, null);
            }
        }
        else
        {
            AddBeyond(domain.Start, bounds[0], -1m, BoundaryProbeKind.BelowAllBounds, Add);
            AddBeyond(domain.End, bounds[^1], +1m, BoundaryProbeKind.AboveAllBounds, Add);
        }

        var inside = probes.Where(p => domain.Contains(p.Value));
        return [.. inside.Concat(OutsideDomain(code, domain, epsilon))
            .DistinctBy(p => (p.Value, p.Cents))
            .OrderBy(p => p.Value)
            .ThenBy(p => p.Cents)];
    }

    /// <summary>Any probe of any metric indicator of a rule set; no value when the rule set has no metric indicator.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="epsilon">The relative distance of "just below" and "just above".</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">The rule set has no metric indicator.</exception>
    public static Gen<BoundaryProbe> Probe(RuleSet ruleSet, decimal epsilon = DefaultEpsilon)
    {
        var probes = MetricIndicators(ruleSet).SelectMany(i => Probes(i, epsilon)).ToList();
        return probes.Count > 0
            ? Gen.Elements(probes.ToArray())
            : throw new ArgumentException($"Rule set {ruleSet} has no metric indicator (no indicator rule implements IMetricIndicator).", nameof(ruleSet));
    }

    /// <summary>
    /// A fact set made from <paramref name="baseline"/> by moving one metric of the rule set to one of its probes; probes the
    /// baseline cannot reach (the indicator's <see cref="IMetricIndicator.Adjust"/> gives nothing) are left out.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="baseline">A complete fact set for the rule set, such as a department's golden facts.</param>
    /// <param name="epsilon">The relative distance of "just below" and "just above".</param>
    /// <returns>The generator of the probe with the adjustment it made.</returns>
    /// <exception cref="ArgumentException">No probe of any metric indicator can be reached from the baseline.</exception>
    public static Gen<(BoundaryProbe Probe, MetricAdjustment Adjustment)> Facts(RuleSet ruleSet, IReadOnlyList<object> baseline, decimal epsilon = DefaultEpsilon)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var reachable = MetricIndicators(ruleSet)
            .SelectMany(indicator => Probes(indicator, epsilon).Select(probe => (probe, adjustment: probe.Apply(indicator, baseline))))
            .Where(p => p.adjustment is not null)
            .Select(p => (p.probe, p.adjustment!))
            .ToList();
        return reachable.Count > 0
            ? Gen.Elements(reachable.ToArray())
            : throw new ArgumentException($"No metric of rule set {ruleSet} can be moved from the baseline facts: do they hold what its metric indicators read?", nameof(baseline));
    }

    private static IEnumerable<BoundaryProbe> OutsideDomain(string code, Interval domain, decimal epsilon)
    {
        if (domain.Start is { } start)
        {
            yield return new BoundaryProbe(code, domain.IncludesStart ? start - Delta(start, epsilon) : start, 0, BoundaryProbeKind.OutsideDomain, start);
        }

        if (domain.End is { } end)
        {
            yield return new BoundaryProbe(code, domain.IncludesEnd ? end + Delta(end, epsilon) : end, 0, BoundaryProbeKind.OutsideDomain, end);
        }
    }

    private static decimal Delta(decimal bound, decimal epsilon) => bound == 0m ? epsilon : Math.Abs(bound) * epsilon;

    private static void AddDomainEdges(Interval domain, Action<decimal, BoundaryProbeKind, decimal?, int> add)
    {
        if (domain.Start is { } start && domain.IncludesStart)
        {
            add(start, BoundaryProbeKind.DomainEdge, null, 0);
        }

        if (domain.End is { } end && domain.IncludesEnd)
        {
            add(end, BoundaryProbeKind.DomainEdge, null, 0);
        }
    }

    private static void AddBeyond(decimal? edge, decimal outermost, decimal direction, BoundaryProbeKind kind, Action<decimal, BoundaryProbeKind, decimal?, int> add)
    {
        if (edge is { } e)
        {
            if (e != outermost)
            {
                add((e + outermost) / 2m, kind, null, 0);
            }

            return;
        }

        // Unbounded on this side: one step of the bound's own size beyond it, and ten.
        var span = Math.Max(1m, Math.Abs(outermost));
        add(outermost + (direction * span), kind, null, 0);
        add(outermost + (direction * 10m * span), kind, null, 0);
    }
}
