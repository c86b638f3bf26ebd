namespace PerfRules.Engine;

/// <summary>An action threw. When handled, the rest of that firing's actions are skipped and firing goes on.</summary>
public sealed class ActionErrorEventArgs : ErrorEventArgs
{
    internal ActionErrorEventArgs(RuleActionException exception)
        : base(exception)
    {
    }
}
