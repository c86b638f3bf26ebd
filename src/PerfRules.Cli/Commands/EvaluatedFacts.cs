using PerfRules.Cli.Input;
using PerfRules.Evaluation;

namespace PerfRules.Cli.Commands;

/// <summary>The rule set compiled and the facts file read: what every command that scores one department starts from.</summary>
/// <param name="File">The facts file, as given.</param>
/// <param name="Evaluator">The compiled rule set.</param>
/// <param name="Facts">The facts, in file order.</param>
internal sealed record EvaluatedFacts(string File, ScorecardEvaluator Evaluator, IReadOnlyList<object> Facts)
{
    /// <summary>Resolves the rule set and reads the facts file.</summary>
    /// <exception cref="InputException">The rule set is unknown or the facts file cannot be read.</exception>
    public static EvaluatedFacts Load(string rules, string factsFile)
    {
        var ruleSet = RuleSetSource.Resolve(rules);
        var facts = FactsInput.Read(factsFile);
        return new EvaluatedFacts(factsFile, new ScorecardEvaluator(ruleSet), facts);
    }
}
