namespace PerfRules.Reporting.Layout;

/// <summary>One line of the summary under the table: a label and its value.</summary>
/// <param name="Label">The label, e.g. 总分.</param>
/// <param name="Text">The value as text, e.g. 80.81 or 良.</param>
/// <param name="Number">The value as a number where it is one, so a spreadsheet keeps it numeric; otherwise null.</param>
/// <param name="IsProblem">Whether the line reports something wrong (an incomplete total, a reconciliation that does not balance).</param>
internal sealed record SummaryItem(string Label, string Text, decimal? Number = null, bool IsProblem = false);
