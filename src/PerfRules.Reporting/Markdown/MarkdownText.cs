using System.Text;

namespace PerfRules.Reporting.Markdown;

/// <summary>
/// Escapes text for a GitHub-flavoured Markdown table cell: a pipe would end the cell, a newline the row, and
/// <c>*</c>, <c>_</c>, <c>$</c>, <c>&lt;</c> … would turn a scoring note such as 6*3/4*2 into emphasis, math or HTML.
/// </summary>
internal static class MarkdownText
{
    // Every ASCII punctuation character CommonMark lets a backslash escape and that can start markup inside a cell.
    private const string Special = "\\`*_[]<>|~$&";

    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        foreach (var c in normalized)
        {
            if (c == '\n')
            {
                builder.Append("<br>");
            }
            else if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Several lines in one cell, separated by line breaks.</summary>
    public static string Lines(IEnumerable<string> lines) => string.Join("<br>", lines.Select(Cell));
}
