using PerfRules.Evaluation;
using PerfRules.Scorecards;
using PerfRules.Testing.Boundaries;

namespace PerfRules.Testing.Running;

/// <summary>What one boundary probe gave: the change it made, the evaluation, the indicator's row and the metric value the rule computed.</summary>
/// <param name="Probe">The probe.</param>
/// <param name="Adjustment">The change made; <see langword="null"/> when the probe could not be reached from the facts.</param>
/// <param name="Evaluation">The evaluation of the changed facts; <see langword="null"/> when not reached.</param>
internal sealed record ProbeOutcome(BoundaryProbe Probe, MetricAdjustment? Adjustment, ScoredFacts? Evaluation)
{
    /// <summary>What the indicator's <see cref="IMetricIndicator.Adjust"/> threw instead of moving the metric, if it did.</summary>
    public Exception? AdjustError { get; init; }

    /// <summary>Whether the probe changed the facts and they were evaluated.</summary>
    public bool Reached => Adjustment is not null && Evaluation is not null;

    /// <summary>The indicator's row in the scorecard, when the evaluation gave one.</summary>
    public ScorecardIndicator? Row => Evaluation?.Card?.Indicators.FirstOrDefault(r => r.Code == Probe.IndicatorCode);

    /// <summary>
    /// The metric value the rule computed, or the value asked for when the rule shows none (it did not score) and the probe
    /// asked for an exact value; <see langword="null"/> when unknown.
    /// </summary>
    public decimal? Metric => Row?.Metric?.Value ?? (Reached && Probe.Cents == 0 ? Probe.Value : null);
}
