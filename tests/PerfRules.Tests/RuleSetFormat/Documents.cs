using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.Scorecards;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>Small documents for tests: one group "1" holding one leaf "1.1" scored by the block given.</summary>
internal static class Documents
{
    public static string Leaf(decimal weight, string scoring, string extra = "") => $$"""
        {
          "id": "Leaf",
          "version": "1",
          "name": "单指标",
          "maximumScore": {{weight}},
          {{extra}}
          "indicators": [
            { "code": "1", "name": "一", "weight": {{weight}} },
            { "code": "1.1", "name": "一一", "weight": {{weight}}, "scoring": {{scoring}} }
          ]
        }
        """;

    /// <summary>Scores the leaf "1.1" of <see cref="Leaf"/> over the facts.</summary>
    public static ScorecardIndicator Score(decimal weight, string scoring, params object[] facts) =>
        Evaluate(RuleSetJson.Load(Leaf(weight, scoring)), facts)["1.1"];

    public static Scorecard Evaluate(RuleSet ruleSet, IEnumerable<object> facts, EvaluationOptions? options = null) =>
        new ScorecardEvaluator(ruleSet, options).Evaluate(facts);
}
