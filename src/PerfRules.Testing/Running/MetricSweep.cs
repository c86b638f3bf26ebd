using PerfRules.Evaluation;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>A sweep of one metric indicator across every probe of its scale, from one variation of the baseline.</summary>
/// <param name="Variation">The variation swept from.</param>
/// <param name="Indicator">The metric indicator.</param>
/// <param name="Probes">Every probe's outcome, in increasing order of the value asked for.</param>
internal sealed record MetricSweep(Variation Variation, IMetricIndicator Indicator, IReadOnlyList<ProbeOutcome> Probes)
{
    /// <summary>The probes that could be reached and were evaluated.</summary>
    public IReadOnlyList<ProbeOutcome> Reached => [.. Probes.Where(p => p.Reached)];
}
