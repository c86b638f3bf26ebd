namespace PerfRules.Engine;

/// <summary>A rule's condition or action threw while the engine evaluated it.</summary>
public abstract class RuleEvaluationException : Exception
{
    private protected RuleEvaluationException(string message, IReadOnlyList<string> ruleNames, string expression, IReadOnlyList<object> facts, Exception inner)
        : base(message, inner)
    {
        RuleNames = ruleNames;
        Expression = expression;
        Facts = facts;
    }

    /// <summary>The rules involved: the firing rule for an action; every rule sharing the node for a condition.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The condition or action, as source-like text.</summary>
    public string Expression { get; }

    /// <summary>The facts it was evaluated with.</summary>
    public IReadOnlyList<object> Facts { get; }

    private protected static string Describe(IReadOnlyList<object> facts) =>
        facts.Count == 0 ? "(none)" : string.Join(", ", facts.Select(f => f?.ToString() ?? "null"));
}
