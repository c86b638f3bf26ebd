using PerfRules.Results;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// One thing <see cref="RuleSetLinter"/> found in a rule set: how serious it is, which check found it, the indicator
/// concerned, where it is in the document (for a document) and what is wrong, in Chinese and English.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LintFinding
{
    internal LintFinding(
        LintSeverity severity, LintFindingKind kind, string? indicatorCode, string? source, string? path, int? line, int? column, LocalizedText message, decimal? example = null)
    {
        Severity = severity;
        Kind = kind;
        IndicatorCode = indicatorCode;
        Source = source;
        Path = path;
        Line = line;
        Column = column;
        Message = message;
        Example = example;
    }

    /// <summary>How serious it is.</summary>
    public LintSeverity Severity { get; }

    /// <summary>Which check found it.</summary>
    public LintFindingKind Kind { get; }

    /// <summary>The indicator's code, such as 2.1.2; null for the rule set as a whole.</summary>
    public string? IndicatorCode { get; }

    /// <summary>The file the document came from, or the rule set's id for a rule set written in C#; null when not named.</summary>
    public string? Source { get; }

    /// <summary>The JSON path, such as <c>$.indicators[3].scoring</c>; null for a rule set written in C#.</summary>
    public string? Path { get; }

    /// <summary>The line (from 1) in the document; null for a rule set written in C#.</summary>
    public int? Line { get; }

    /// <summary>The column (from 1) on <see cref="Line"/>; null for a rule set written in C#.</summary>
    public int? Column { get; }

    /// <summary>What is wrong and, where it helps, what to write instead.</summary>
    public LocalizedText Message { get; }

    /// <summary>For a gap or an overlap of bands, a metric value that shows it (such as 1.05 for a gap above 100%); otherwise null.</summary>
    public decimal? Example { get; }

    /// <summary>The finding on one line, as a build log shows it: <c>suixi.json(30,7): error 2.1: …</c>.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language = Language.Chinese)
    {
        var chinese = language == Language.Chinese;
        var where = (Source ?? (chinese ? "规则集" : "rule set")) + (Line is { } line ? $"({line},{Column ?? 1})" : string.Empty);
        var severity = (Severity, chinese) switch
        {
            (LintSeverity.Error, true) => "错误",
            (LintSeverity.Warning, true) => "警告",
            (_, true) => "提示",
            (LintSeverity.Error, false) => "error",
            (LintSeverity.Warning, false) => "warning",
            _ => "info",
        };
        var code = IndicatorCode is null ? string.Empty : " " + IndicatorCode;
        return $"{where}: {severity}{code}: {Message.Get(language)}";
    }

    /// <summary>The Chinese description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe();
}
