namespace PerfRules.Testing;

/// <summary>
/// Thrown by <see cref="RuleSetProperties.Check"/> when a property fails. Its message is the readable report: every
/// failing property with the shrunk case, its facts, the scorecard's explanation and the seed to replay it. Any test
/// framework shows it as the test's failure message.
/// </summary>
public sealed class RuleSetPropertyException : Exception
{
    internal RuleSetPropertyException(RuleSetCheckResult result)
        : base(result.Report)
    {
        Result = result;
    }

    /// <summary>The full result, every property's outcome included.</summary>
    public RuleSetCheckResult Result { get; }
}
