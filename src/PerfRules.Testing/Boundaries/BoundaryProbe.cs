using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Boundaries;

/// <summary>
/// One value to put a metric indicator's metric at: exactly on a bound of its bands or steps, just beside it, one cent
/// of the moved input beside it, in a gap between bounds, or beyond the outermost bounds. Made by
/// <see cref="BoundaryGenerators.Probes"/> from the indicator's own <see cref="MetricScale"/>.
/// </summary>
/// <param name="IndicatorCode">The indicator whose metric is moved.</param>
/// <param name="Value">The metric value wanted, in the metric's base quantity (a ratio for a rate).</param>
/// <param name="Cents">For <see cref="BoundaryProbeKind.CentBelow"/> and <see cref="BoundaryProbeKind.CentAbove"/>: the cents (−1 or +1) added to the moved input after the metric is put on <paramref name="Value"/>; 0 otherwise.</param>
/// <param name="Kind">Where the value lies relative to the bounds.</param>
/// <param name="Bound">The bound the probe belongs to, if any.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BoundaryProbe(string IndicatorCode, decimal Value, int Cents, BoundaryProbeKind Kind, decimal? Bound)
{
    /// <summary>
    /// Moves the metric of <paramref name="indicator"/> in <paramref name="facts"/> to this probe: asks the indicator to
    /// put it on <see cref="Value"/> exactly (<see cref="IMetricIndicator.Adjust"/>), then, for a cent probe, moves the
    /// changed input by <see cref="Cents"/> cents.
    /// </summary>
    /// <param name="indicator">The indicator; its code must be <see cref="IndicatorCode"/>.</param>
    /// <param name="facts">A complete fact set for the indicator.</param>
    /// <returns>The changed facts and what changed; <see langword="null"/> when the indicator cannot reach the value from these
    /// facts, or a cent less would make the input negative.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is not the probe's indicator.</exception>
    public MetricAdjustment? Apply(IMetricIndicator indicator, IReadOnlyList<object> facts)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(facts);
        if (indicator.Indicator.Code != IndicatorCode)
        {
            throw new ArgumentException($"The probe is for {IndicatorCode}, not {indicator.Indicator.Code}.", nameof(indicator));
        }

        var adjustment = indicator.Adjust(facts, Value);
        if (adjustment is null || Cents == 0)
        {
            return adjustment;
        }

        var to = adjustment.To + (Cents / 100m);
        var changed = Enumerable.Range(0, Math.Min(facts.Count, adjustment.Facts.Count))
            .Where(i => !ReferenceEquals(facts[i], adjustment.Facts[i]))
            .ToList();
        if (to < 0m || adjustment.Facts.Count != facts.Count || changed is not [var index]
            || FactShape.Of(adjustment.Facts[index].GetType()) is not { } shape
            || shape.Get(adjustment.Facts[index], adjustment.Field) is not decimal)
        {
            return null;
        }

        var moved = shape.With(adjustment.Facts[index], new Dictionary<string, object?> { [adjustment.Field] = to });
        return adjustment with
        {
            Facts = [.. adjustment.Facts.Select((f, i) => i == index ? moved : f)],
            To = to,
        };
    }

    /// <summary>"2.1.3 at 0.1 (on the bound 0.1)", "2.1.3 at 0.1 + 1 cent of the input", for reports.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var value = ReportFormat.Number(Value);
        var bound = Bound is { } b ? ReportFormat.Number(b) : null;
        return Kind switch
        {
            BoundaryProbeKind.OnBound => $"{IndicatorCode} at {value} (exactly on the bound)",
            BoundaryProbeKind.JustBelow => $"{IndicatorCode} at {value} (just below the bound {bound})",
            BoundaryProbeKind.JustAbove => $"{IndicatorCode} at {value} (just above the bound {bound})",
            BoundaryProbeKind.CentBelow => $"{IndicatorCode} at the bound {value}, then one cent less of the moved input",
            BoundaryProbeKind.CentAbove => $"{IndicatorCode} at the bound {value}, then one cent more of the moved input",
            BoundaryProbeKind.BetweenBounds => $"{IndicatorCode} at {value} (between bounds)",
            BoundaryProbeKind.BelowAllBounds => $"{IndicatorCode} at {value} (below every bound)",
            BoundaryProbeKind.AboveAllBounds => $"{IndicatorCode} at {value} (above every bound)",
            BoundaryProbeKind.DomainEdge => $"{IndicatorCode} at {value} (an end of the domain)",
            _ => $"{IndicatorCode} at {value} (just outside the domain, which ends at {bound})",
        };
    }
}
