namespace PerfRules.RuleSetFormat;

/// <summary>How serious a <see cref="LintFinding"/> is; a lower value is more serious.</summary>
public enum LintSeverity
{
    /// <summary>The rule set is wrong: it cannot load, or some value of a metric cannot be scored (错误).</summary>
    Error = 0,

    /// <summary>The rule set works but is probably not what the author meant: a band never hit, no criteria text (警告).</summary>
    Warning = 1,

    /// <summary>Worth knowing, not wrong: the last step of a steps block deducts only what is left (提示).</summary>
    Info = 2,
}
