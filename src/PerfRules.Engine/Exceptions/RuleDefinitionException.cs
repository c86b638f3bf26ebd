namespace PerfRules.Engine;

/// <summary>A rule's definition is invalid: it cannot be compiled. The message names the rule and what is wrong.</summary>
public sealed class RuleDefinitionException : Exception
{
    internal RuleDefinitionException(string ruleName, string problem)
        : base($"Rule '{ruleName}': {problem}")
    {
        RuleName = ruleName;
        Problem = problem;
    }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }

    /// <summary>What is wrong, without the rule's name.</summary>
    public string Problem { get; }
}
