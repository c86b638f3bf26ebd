namespace PerfRules.Reporting.Layout;

/// <summary>One line of the notes column (评分说明).</summary>
/// <param name="Kind">What the line says.</param>
/// <param name="Text">The line, in the report's language.</param>
internal sealed record NoteLine(NoteKind Kind, string Text);
