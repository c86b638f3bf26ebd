using System.Text;

namespace PerfRules.Cli.Output;

/// <summary>
/// The summary CSV of <c>score --batch</c> (RFC 4180, comma-separated, a header row): one row per facts file, with the
/// columns file, department, total, grade, complete, problems. The columns are documented in docs/cli.md.
/// </summary>
internal static class BatchSummaryCsv
{
    public const string Header = "file,department,total,grade,complete,problems";

    public static string Write(IEnumerable<BatchRow> rows)
    {
        var text = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', new[]
            {
                row.File,
                row.Department ?? string.Empty,
                row.Total is { } total ? Words.Number(total) : string.Empty,
                row.Grade ?? string.Empty,
                row.Complete ? "true" : "false",
                row.Problems.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}

/// <summary>One facts file's line of the batch summary.</summary>
/// <param name="File">The file name, relative to the batch folder.</param>
/// <param name="Department">The department, from its EvaluationContext fact; null when unknown.</param>
/// <param name="Total">The total, or null when the scorecard is incomplete or the file could not be read.</param>
/// <param name="Grade">The grade's name, or null without a total.</param>
/// <param name="Complete">Whether the scorecard is complete.</param>
/// <param name="Problems">The scorecard's input problems; 1 for a file that could not be read.</param>
internal sealed record BatchRow(string File, string? Department, decimal? Total, string? Grade, bool Complete, int Problems);
