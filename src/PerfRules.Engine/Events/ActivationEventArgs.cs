namespace PerfRules.Engine;

/// <summary>An activation (a match of a rule) that appeared, changed, disappeared or fired.</summary>
public sealed class ActivationEventArgs : EventArgs
{
    internal ActivationEventArgs(IRuleDefinition rule, IReadOnlyList<object> facts)
    {
        Rule = rule;
        Facts = facts;
    }

    /// <summary>The rule.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>The facts of the match, in pattern order.</summary>
    public IReadOnlyList<object> Facts { get; }
}
