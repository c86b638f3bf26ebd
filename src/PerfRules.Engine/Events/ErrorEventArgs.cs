namespace PerfRules.Engine;

/// <summary>An error in a condition or an action, which a handler may mark handled.</summary>
public abstract class ErrorEventArgs : EventArgs
{
    private protected ErrorEventArgs(RuleEvaluationException exception) => Exception = exception;

    /// <summary>The error, naming the rule, the expression and the facts.</summary>
    public RuleEvaluationException Exception { get; }

    /// <summary>Set to <see langword="true"/> to stop the error from being thrown and let the session go on.</summary>
    public bool IsHandled { get; set; }
}
