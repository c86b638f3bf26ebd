using System.Text;

namespace PerfRules.Reporting.Html;

/// <summary>
/// Escapes text for HTML that is also well-formed XML: the five markup characters become entities, line breaks become
/// <c>&lt;br /&gt;</c>, and control characters XML forbids are dropped, so no note can inject markup or break the page.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n': builder.Append("<br />"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (!char.IsControl(c) && c is not '\uFFFE' and not '\uFFFF')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
