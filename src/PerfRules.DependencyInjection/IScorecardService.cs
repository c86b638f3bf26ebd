using PerfRules.Evaluation;
using PerfRules.Scorecards;

namespace PerfRules.DependencyInjection;

/// <summary>
/// Scores departments with the rule sets registered by <c>AddPerfRules</c>. A singleton: each rule set is built (a JSON
/// file loaded) once, when the host starts, compiled once, on first use, and every evaluation is logged.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public interface IScorecardService
{
    /// <summary>The names of the registered rule sets.</summary>
    IReadOnlyList<string> RuleSetNames { get; }

    /// <summary>The compiled evaluator of a rule set.</summary>
    /// <param name="ruleSet">The rule set's name (case-insensitive); null for the default.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="KeyNotFoundException">No rule set has that name; the message lists those that do.</exception>
    ScorecardEvaluator Evaluator(string? ruleSet = null);

    /// <summary>Scores one department.</summary>
    /// <param name="facts">The department's facts.</param>
    /// <param name="ruleSet">The rule set's name; null for the default.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The scorecard.</returns>
    Scorecard Evaluate(IEnumerable<object> facts, string? ruleSet = null, CancellationToken cancellationToken = default);
}
