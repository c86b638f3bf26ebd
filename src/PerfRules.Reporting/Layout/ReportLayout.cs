namespace PerfRules.Reporting.Layout;

/// <summary>
/// The scoring table and its summary, laid out once and in one language, so that the Markdown, HTML and Excel writers
/// show the same rows and the same words and differ only in markup.
/// </summary>
/// <param name="Labels">The fixed words: headers, labels, statuses.</param>
/// <param name="Subtitle">The lines under the title: department, fiscal year, evaluation date, rule set.</param>
/// <param name="Levels">How many indicator columns the table has (3 for 一级/二级/三级指标).</param>
/// <param name="Rows">The rows, the total row first, then the indicators in table order.</param>
/// <param name="Warnings">Why the scorecard is not complete, when it is not; shown above the table and the summary.</param>
/// <param name="Summary">The total, grade, self total and reconciliation lines.</param>
/// <param name="Deductions">The largest deductions, largest first.</param>
/// <param name="DeductionsNote">Says how many deductions there are in all when only the largest are listed; otherwise null.</param>
/// <param name="Problems">Every problem with the input, one line each.</param>
internal sealed record ReportLayout(
    ReportLabels Labels,
    IReadOnlyList<string> Subtitle,
    int Levels,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<SummaryItem> Summary,
    IReadOnlyList<DeductionLine> Deductions,
    string? DeductionsNote,
    IReadOnlyList<string> Problems);
