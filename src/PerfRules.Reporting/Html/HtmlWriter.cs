using System.Globalization;
using System.Text;
using PerfRules.Explanations;
using PerfRules.Reporting.Layout;

namespace PerfRules.Reporting.Html;

/// <summary>
/// Writes the laid-out scoring table as one self-contained HTML page: inline CSS, no scripts, no external assets, and
/// markup that is also well-formed XML (XHTML-compatible), so it can be checked with an XML parser.
/// </summary>
internal static class HtmlWriter
{
    public static string Write(ReportLayout layout)
    {
        var labels = layout.Labels;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.Append("<html lang=\"").Append(labels.HtmlLanguage).AppendLine("\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\" />");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        html.Append("<title>").Append(HtmlText.Escape(Title(layout))).AppendLine("</title>");
        html.Append("<style>").Append(HtmlStyle.Css).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.Append("<h1>").Append(HtmlText.Escape(labels.Title)).AppendLine("</h1>");
        html.Append("<p class=\"meta\">");
        foreach (var line in layout.Subtitle)
        {
            html.Append("<span>").Append(HtmlText.Escape(line)).Append("</span>");
        }

        html.AppendLine("</p>");
        foreach (var warning in layout.Warnings)
        {
            html.Append("<p class=\"warning\">").Append(HtmlText.Escape(warning)).AppendLine("</p>");
        }

        WriteTable(html, layout);
        WriteSummary(html, layout);
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static string Title(ReportLayout layout) =>
        layout.Subtitle.Count > 1 ? $"{layout.Labels.Title} - {layout.Subtitle[0]}" : layout.Labels.Title;

    private static void WriteTable(StringBuilder html, ReportLayout layout)
    {
        var labels = layout.Labels;
        var levels = layout.Levels;
        html.AppendLine("<table class=\"scoring\">");
        html.AppendLine("<colgroup>");
        // Group names span the columns to their right, so only the last level, where most leaves sit, needs room.
        for (var level = 1; level <= levels; level++)
        {
            var width = level == levels ? 10m : 12m / (levels - 1);
            html.Append("<col style=\"width:").Append(width.ToString("0.##", CultureInfo.InvariantCulture)).AppendLine("%\" />");
        }

        html.AppendLine("<col style=\"width:32%\" /><col style=\"width:6%\" /><col style=\"width:6%\" /><col style=\"width:34%\" />");
        html.AppendLine("</colgroup>");
        html.Append("<thead><tr>");
        for (var level = 1; level <= levels; level++)
        {
            Header(html, labels.LevelColumn(level));
        }

        Header(html, labels.Criteria);
        Header(html, labels.SelfScore);
        Header(html, labels.Score);
        Header(html, labels.Notes);
        html.AppendLine("</tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var row in layout.Rows)
        {
            WriteRow(html, row, levels, labels);
        }

        html.AppendLine("</tbody>");
        html.AppendLine("</table>");
    }

    private static void WriteRow(StringBuilder html, TableRow row, int levels, ReportLabels labels)
    {
        var rowClass = row.Kind switch
        {
            RowKind.Total => "total",
            RowKind.Group => $"group level-{row.Level}",
            _ => "leaf",
        };
        html.Append("<tr class=\"").Append(rowClass).Append(row.IsProblem ? " unscored" : "").Append('"');
        if (row.Code is { } code)
        {
            html.Append(" data-code=\"").Append(HtmlText.Escape(code)).Append('"');
        }

        html.Append('>');
        for (var level = 1; level < row.Level; level++)
        {
            html.Append("<td class=\"indent\"></td>");
        }

        // A leaf's name fills the indicator columns below its level; a group's and the total's also take the criteria column.
        var span = levels - row.Level + 1 + (row.Kind == RowKind.Leaf ? 0 : 1);
        html.Append("<td class=\"name\"");
        if (span > 1)
        {
            html.Append(" colspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append('>');
        if (row.Code is not null)
        {
            html.Append("<span class=\"code\">").Append(HtmlText.Escape(row.Code)).Append("</span>");
        }

        html.Append(HtmlText.Escape(labels.NameWithWeight(null, row.Name, row.Weight))).Append("</td>");
        if (row.Kind == RowKind.Leaf)
        {
            html.Append("<td class=\"criteria\">").Append(HtmlText.Escape(row.Criteria)).Append("</td>");
        }

        html.Append("<td class=\"num self\">").Append(row.SelfScore is { } self ? ReportFormat.Points(self) : "").Append("</td>");
        if (row.Score is { } score)
        {
            html.Append("<td class=\"num score\">").Append(ReportFormat.Points(score)).Append("</td>");
        }
        else
        {
            html.Append("<td class=\"status").Append(row.IsProblem ? " problem" : "").Append("\">")
                .Append(HtmlText.Escape(row.Status)).Append("</td>");
        }

        html.Append("<td class=\"notes\">");
        foreach (var note in row.Notes)
        {
            var noteClass = note.Kind switch
            {
                NoteKind.Deduction => "deduction",
                NoteKind.Problem => "problem",
                _ => "note",
            };
            html.Append("<div class=\"").Append(noteClass).Append("\">").Append(HtmlText.Escape(note.Text)).Append("</div>");
        }

        html.AppendLine("</td></tr>");
    }

    private static void WriteSummary(StringBuilder html, ReportLayout layout)
    {
        var labels = layout.Labels;
        html.AppendLine("<section class=\"summary\">");
        html.Append("<h2>").Append(HtmlText.Escape(labels.SummaryTitle)).AppendLine("</h2>");
        html.AppendLine("<table class=\"summary\"><tbody>");
        foreach (var item in layout.Summary)
        {
            html.Append("<tr><td class=\"label\">").Append(HtmlText.Escape(item.Label)).Append("</td><td")
                .Append(item.IsProblem ? " class=\"problem\"" : "").Append('>')
                .Append(HtmlText.Escape(item.Text)).AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table>");

        html.Append("<h3>").Append(HtmlText.Escape(labels.DeductionsTitle)).AppendLine("</h3>");
        if (layout.Deductions.Count == 0)
        {
            html.Append("<p>").Append(HtmlText.Escape(labels.NoDeductions)).AppendLine("</p>");
        }
        else
        {
            if (layout.DeductionsNote is { } note)
            {
                html.Append("<p>").Append(HtmlText.Escape(note)).AppendLine("</p>");
            }

            html.AppendLine("<table class=\"deductions\">");
            html.AppendLine("<colgroup><col style=\"width:6%\" /><col style=\"width:24%\" /><col style=\"width:8%\" /><col style=\"width:62%\" /></colgroup>");
            html.Append("<thead><tr>");
            Header(html, labels.Rank);
            Header(html, labels.Indicator);
            Header(html, labels.Points);
            Header(html, labels.Reason);
            html.AppendLine("</tr></thead><tbody>");
            foreach (var d in layout.Deductions)
            {
                html.Append("<tr><td class=\"rank\">").Append(d.Rank.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(HtmlText.Escape(d.Indicator))
                    .Append("</td><td class=\"num\">").Append(ReportFormat.Points(d.Points))
                    .Append("</td><td>").Append(HtmlText.Escape(d.Reason)).AppendLine("</td></tr>");
            }

            html.AppendLine("</tbody></table>");
        }

        if (layout.Problems.Count > 0)
        {
            html.Append("<h3>").Append(HtmlText.Escape(labels.ProblemsTitle)).AppendLine("</h3>");
            html.AppendLine("<ul class=\"problems\">");
            foreach (var problem in layout.Problems)
            {
                html.Append("<li>").Append(HtmlText.Escape(problem)).AppendLine("</li>");
            }

            html.AppendLine("</ul>");
        }

        html.AppendLine("</section>");
    }

    private static void Header(StringBuilder html, string text) =>
        html.Append("<th>").Append(HtmlText.Escape(text)).Append("</th>");
}
