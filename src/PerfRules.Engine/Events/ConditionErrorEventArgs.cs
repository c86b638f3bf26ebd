namespace PerfRules.Engine;

/// <summary>A condition threw. When handled, the condition counts as false for the facts involved.</summary>
public sealed class ConditionErrorEventArgs : ErrorEventArgs
{
    internal ConditionErrorEventArgs(RuleConditionException exception)
        : base(exception)
    {
    }
}
