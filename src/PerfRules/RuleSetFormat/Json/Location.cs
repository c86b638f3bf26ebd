using System.Text;

namespace PerfRules.RuleSetFormat.Json;

/// <summary>A place in a rule-set document: the file (or other source), the JSON path, and the line and column (from 1).</summary>
internal sealed record Location(string? Source, string Path, int Line, int Column)
{
    /// <summary>The path of a property below this one: <c>$.a</c> + <c>b</c> → <c>$.a.b</c>, or <c>$.a['x.y']</c> for an unusual name.</summary>
    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0])
            ? path + "." + name
            : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>The path of an array item.</summary>
    public static string Item(string path, int index) => new StringBuilder(path).Append('[').Append(index).Append(']').ToString();
}
