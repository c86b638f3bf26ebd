using System.Text;
using PerfRules.Explanations;
using PerfRules.Reporting.Layout;

namespace PerfRules.Reporting.Markdown;

/// <summary>Writes the laid-out scoring table as GitHub-flavoured Markdown: a heading, the table, then the summary.</summary>
internal static class MarkdownWriter
{
    public static string Write(ReportLayout layout)
    {
        var labels = layout.Labels;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(MarkdownText.Cell(labels.Title)).AppendLine();
        foreach (var line in layout.Subtitle)
        {
            md.AppendLine(MarkdownText.Cell(line) + "  ");
        }

        md.AppendLine();
        foreach (var warning in layout.Warnings)
        {
            md.Append("> **").Append(MarkdownText.Cell(warning)).AppendLine("**").AppendLine();
        }

        WriteTable(md, layout);
        WriteSummary(md, layout);
        return md.ToString();
    }

    private static void WriteTable(StringBuilder md, ReportLayout layout)
    {
        var labels = layout.Labels;
        List<string> headers = [.. Enumerable.Range(1, layout.Levels).Select(labels.LevelColumn), labels.Criteria, labels.SelfScore, labels.Score, labels.Notes];
        Row(md, headers.Select(MarkdownText.Cell));
        Row(md, [.. Enumerable.Repeat("---", layout.Levels + 1), "---:", "---:", "---"]);

        foreach (var row in layout.Rows)
        {
            var cells = new string[layout.Levels + 4];
            Array.Fill(cells, "");
            var name = MarkdownText.Cell(labels.NameWithWeight(row.Code, row.Name, row.Weight));
            cells[row.Level - 1] = row.Kind == RowKind.Leaf ? name : $"**{name}**";
            cells[layout.Levels] = MarkdownText.Cell(row.Criteria);
            cells[layout.Levels + 1] = row.SelfScore is { } self ? ReportFormat.Points(self) : "";
            cells[layout.Levels + 2] = row.Score is { } score ? Bold(ReportFormat.Points(score), row.Kind != RowKind.Leaf)
                : row.Status is { } status ? Bold(MarkdownText.Cell(status), row.IsProblem)
                : "";
            cells[layout.Levels + 3] = MarkdownText.Lines(row.Notes.Select(n => n.Text));
            Row(md, cells);
        }

        md.AppendLine();
    }

    private static void WriteSummary(StringBuilder md, ReportLayout layout)
    {
        var labels = layout.Labels;
        md.Append("## ").AppendLine(MarkdownText.Cell(labels.SummaryTitle)).AppendLine();
        Row(md, [MarkdownText.Cell(labels.Item), MarkdownText.Cell(labels.Value)]);
        Row(md, ["---", "---"]);
        foreach (var item in layout.Summary)
        {
            Row(md, [MarkdownText.Cell(item.Label), Bold(MarkdownText.Cell(item.Text), item.IsProblem)]);
        }

        md.AppendLine();
        md.Append("### ").AppendLine(MarkdownText.Cell(labels.DeductionsTitle)).AppendLine();
        if (layout.Deductions.Count == 0)
        {
            md.AppendLine(MarkdownText.Cell(labels.NoDeductions)).AppendLine();
        }
        else
        {
            if (layout.DeductionsNote is { } note)
            {
                md.AppendLine(MarkdownText.Cell(note)).AppendLine();
            }

            Row(md, new[] { labels.Rank, labels.Indicator, labels.Points, labels.Reason }.Select(MarkdownText.Cell));
            Row(md, ["---:", "---", "---:", "---"]);
            foreach (var d in layout.Deductions)
            {
                Row(md, [d.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), MarkdownText.Cell(d.Indicator), ReportFormat.Points(d.Points), MarkdownText.Cell(d.Reason)]);
            }

            md.AppendLine();
        }

        if (layout.Problems.Count > 0)
        {
            md.Append("### ").AppendLine(MarkdownText.Cell(labels.ProblemsTitle)).AppendLine();
            foreach (var problem in layout.Problems)
            {
                md.Append("- ").AppendLine(MarkdownText.Cell(problem));
            }

            md.AppendLine();
        }
    }

    private static string Bold(string text, bool bold) => bold && text.Length > 0 ? $"**{text}**" : text;

    private static void Row(StringBuilder md, IEnumerable<string> cells) =>
        md.Append("| ").Append(string.Join(" | ", cells)).AppendLine(" |");
}
