using System.Text;
using PerfRules.Evaluation;

namespace PerfRules.Testing.Reporting;

/// <summary>Writes the readable report of a check: a summary line per property, then each failure in full.</summary>
internal static class CheckReport
{
    private const int MaxFactsShown = 40;

    public static string Write(
        RuleSet ruleSet,
        RuleSetCheckOptions options,
        ulong seed,
        IReadOnlyList<PropertyOutcome> outcomes,
        IReadOnlyList<string> metrics,
        (int Cases, int Complete, int Threw) cases,
        (int Probes, int Reached) sweeps)
    {
        var failures = outcomes.Where(o => !o.Passed).ToList();
        var text = new StringBuilder();
        text.AppendLine(failures.Count == 0
            ? $"Rule set {ruleSet.Id} {ruleSet.Version}: all {outcomes.Count} property checks passed (seed {seed})."
            : $"Rule set {ruleSet.Id} {ruleSet.Version}: {failures.Count} of {outcomes.Count} property checks failed (seed {seed}; replay with RuleSetCheckOptions.Seed = {seed}).");
        text.AppendLine($"Baseline: {options.Baseline.Count} facts. Metric indicators probed: {(metrics.Count == 0 ? "none (no indicator rule implements IMetricIndicator)" : string.Join(", ", metrics))}.");
        if (cases.Cases > 0)
        {
            // How much of the variation was scored at all: cases that only produce input errors check little.
            text.AppendLine($"Cases drawn: {cases.Cases}, of which {cases.Complete} scored completely, {cases.Cases - cases.Complete - cases.Threw} had input problems (reported, not scored), {cases.Threw} threw.");
        }

        if (sweeps.Probes > 0)
        {
            text.AppendLine($"Boundary probes: {sweeps.Reached} of {sweeps.Probes} reached from the baseline and its variations.");
        }
        foreach (var outcome in outcomes)
        {
            text.AppendLine(outcome.ToString());
        }

        foreach (var failure in failures)
        {
            text.AppendLine();
            text.AppendLine($"✗ {failure.Property}{(failure.IndicatorCode is null ? "" : " " + failure.IndicatorCode)}, failed at case {failure.Tests}, shrunk {failure.Shrinks} time(s):");
            text.AppendLine(failure.Failure);
            text.AppendLine($"Case: {failure.Case}");
            text.AppendLine($"Facts ({failure.Facts.Count}):");
            foreach (var fact in failure.Facts.Take(MaxFactsShown))
            {
                text.AppendLine("  " + FactFormatter.Format(fact));
            }

            if (failure.Facts.Count > MaxFactsShown)
            {
                text.AppendLine($"  … and {failure.Facts.Count - MaxFactsShown} more");
            }

            if (failure.Explanation is { } explanation)
            {
                text.AppendLine(explanation);
            }
        }

        return text.ToString().TrimEnd();
    }
}
