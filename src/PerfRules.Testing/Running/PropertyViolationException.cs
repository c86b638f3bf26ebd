namespace PerfRules.Testing.Running;

/// <summary>Carries a <see cref="Running.Violation"/> out of an FsCheck property, which reports any exception as a failure.</summary>
internal sealed class PropertyViolationException(Violation violation) : Exception(violation.Message)
{
    public Violation Violation { get; } = violation;
}
