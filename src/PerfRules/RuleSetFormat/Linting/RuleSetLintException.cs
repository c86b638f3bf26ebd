namespace PerfRules.RuleSetFormat;

/// <summary>Thrown by <see cref="LintReport.ThrowIfAny"/>: the rule set has findings; the message lists every one.</summary>
public sealed class RuleSetLintException : Exception
{
    internal RuleSetLintException(LintReport report)
        : base("规则集检查发现问题 / the rule set has lint findings:\n" + report.Describe() + report.Describe(Results.Language.English)) =>
        Report = report;

    /// <summary>The findings that failed.</summary>
    public LintReport Report { get; }
}
