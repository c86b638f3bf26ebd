using PerfRules.Results;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// A problem found in a rule-set document (规则集文件): where it is (the file, the JSON path, the line and column) and what is
/// wrong, in Chinese and English. A problem inside a formula points at the character of the formula where it is.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleSetError
{
    internal RuleSetError(RuleSetErrorSeverity severity, string? source, string path, int line, int column, LocalizedText message)
    {
        Severity = severity;
        Source = source;
        Path = path;
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>Whether the document cannot load (<see cref="RuleSetErrorSeverity.Error"/>) or only looks doubtful.</summary>
    public RuleSetErrorSeverity Severity { get; }

    /// <summary>The file or other source the document came from, as the caller named it; null when not named.</summary>
    public string? Source { get; }

    /// <summary>The JSON path of the value concerned, such as <c>$.indicators[3].scoring.bands[0].range</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>The line of the document (from 1) where the value concerned starts, or the character of a formula the problem is at.</summary>
    public int Line { get; }

    /// <summary>The column (from 1, in UTF-16 characters) on <see cref="Line"/>.</summary>
    public int Column { get; }

    /// <summary>What is wrong and, where it helps, what to write instead.</summary>
    public LocalizedText Message { get; }

    /// <summary>The problem on one line, as an editor or a build log shows it: <c>suixi.json(12,7): 错误 $.indicators[3].weight：…</c>.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language = Language.Chinese)
    {
        var where = $"{Source ?? (language == Language.Chinese ? "规则集" : "rule set")}({Line},{Column})";
        return language == Language.Chinese
            ? $"{where}: {(Severity == RuleSetErrorSeverity.Error ? "错误" : "警告")} {Path}：{Message.Chinese}"
            : $"{where}: {(Severity == RuleSetErrorSeverity.Error ? "error" : "warning")} {Path}: {Message.Get(Language.English)}";
    }

    /// <summary>The Chinese description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe();
}
