namespace PerfRules.Engine;

/// <summary>A condition on a rule's left-hand side threw.</summary>
public sealed class RuleConditionException : RuleEvaluationException
{
    internal RuleConditionException(IReadOnlyList<string> ruleNames, string pattern, string condition, IReadOnlyList<object> facts, Exception inner)
        : base(
            $"Condition '{condition}' of pattern {pattern} in rule {string.Join(", ", ruleNames.Select(n => $"'{n}'"))} threw {inner.GetType().Name}: {inner.Message} Facts: {Describe(facts)}.",
            ruleNames,
            condition,
            facts,
            inner) =>
        Pattern = pattern;

    /// <summary>The pattern the condition belongs to (its fact type and alias).</summary>
    public string Pattern { get; }
}
