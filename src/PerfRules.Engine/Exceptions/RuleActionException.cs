namespace PerfRules.Engine;

/// <summary>An action on a rule's right-hand side threw.</summary>
public sealed class RuleActionException : RuleEvaluationException
{
    internal RuleActionException(string ruleName, string action, IReadOnlyList<object> facts, Exception inner)
        : base(
            $"Action '{action}' of rule '{ruleName}' threw {inner.GetType().Name}: {inner.Message} Facts: {Describe(facts)}.",
            [ruleName],
            action,
            facts,
            inner) =>
        RuleName = ruleName;

    /// <summary>The rule whose action threw.</summary>
    public string RuleName { get; }
}
