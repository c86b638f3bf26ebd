namespace PerfRules.RuleSetFormat;

/// <summary>How serious a problem found in a rule-set document is.</summary>
public enum RuleSetErrorSeverity
{
    /// <summary>The document cannot be loaded until it is fixed.</summary>
    Error = 0,

    /// <summary>The document loads, but something in it is probably not what the author meant (a label nothing uses, say).</summary>
    Warning = 1,
}
