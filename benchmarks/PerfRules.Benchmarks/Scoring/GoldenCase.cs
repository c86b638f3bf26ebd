using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSets;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// The golden case the scorecard benchmarks score: the Suixi County HRSS bureau's 2022 facts, read from the facts file
/// the Suixi sample ships (samples/PerfRules.Samples.Suixi, copied next to the benchmarks as Data/). 80 facts: the
/// context, 29 self scores, budget figures, checklist answers, findings, disclosures and the rest.
/// </summary>
internal static class GoldenCase
{
    /// <summary>The facts file, next to the benchmarks' assembly.</summary>
    public static string FactsFile => Path.Combine(AppContext.BaseDirectory, "Data", "suixi-hrss-2022.facts.json");

    /// <summary>The golden facts, freshly read (new instances on every call).</summary>
    public static IReadOnlyList<object> Facts() => FactsJson.ReadFile(FactsFile);

    /// <summary>An evaluator of the built-in Suixi 2022 rule set, compiled once per call.</summary>
    public static ScorecardEvaluator Evaluator() => new(BuiltInRuleSets.GuangdongSuixi2022);

    /// <summary>
    /// Checks that the engine still reproduces the published total (80.81, 良) for these facts, so that a benchmark of a
    /// broken evaluation fails instead of printing a figure.
    /// </summary>
    public static void CheckPublishedTotal(string scenario, Scorecards.Scorecard card)
    {
        if (card.Total != 80.81m || card.Grade?.ChineseName != "良" || !card.IsComplete)
        {
            throw new InvalidOperationException(
                $"{scenario}: the golden case scored {card.Total} ({card.Grade}) with {card.Problems.Count} problem(s), not the published 80.81 (良).");
        }
    }
}
