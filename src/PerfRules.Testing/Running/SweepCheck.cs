using PerfRules.Evaluation;
using PerfRules.Testing.Properties;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>
/// Checks a boundary property on a sweep scored in a live session, and confirms any failure on the same sweep scored
/// afresh, so a report always shows what a plain evaluation gives.
/// </summary>
internal static class SweepCheck
{
    public static Violation? Confirmed(CheckContext context, Variation variation, IMetricIndicator metric, Func<MetricSweep, Violation?> check)
    {
        if (check(context.Sweep(variation, metric)) is null)
        {
            return null;
        }

        var fresh = context.Sweep(variation, metric, fresh: true);
        return check(fresh) ?? Disagreement(context.Sweep(variation, metric), fresh);
    }

    /// <summary>The first probe a live session scored differently from a fresh evaluation: a rule that keeps state between firings, or a change the engine missed.</summary>
    private static Violation? Disagreement(MetricSweep live, MetricSweep fresh)
    {
        foreach (var (session, plain) in live.Probes.Zip(fresh.Probes))
        {
            if (session.Evaluation?.Card is { } card && plain.Evaluation?.Card is { } expected && card != expected)
            {
                var (where, codes) = ScorecardDifference.Find(expected, card);
                return new Violation(
                    $"{session.Probe}: scored in a live what-if session (EvaluationSession.Replace), {where} from a fresh evaluation of the same facts. "
                    + "Both must agree: a rule may keep state between firings, or the engine missed a change. The explanation is the session's.",
                    plain.Evaluation.Facts, card, codes, $"{session.Probe}: {BoundsAsDeclared.Change(session)}");
            }
        }

        return null;
    }
}
