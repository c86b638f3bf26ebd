using PerfRules.Reporting.Excel;
using PerfRules.Reporting.Html;
using PerfRules.Reporting.Layout;
using PerfRules.Reporting.Markdown;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Reporting;

/// <summary>
/// Renders a <see cref="Scorecard"/> as the evaluation report's scoring table (整体绩效评价指标评分表): the columns
/// 一级指标 / 二级指标 / 三级指标 (names with weights), 评分标准, 自评得分, 核查得分 and 评分说明 (the note, every
/// deduction with its evidence, every input problem), then a summary with the total, grade, self-assessed total, the
/// reconciliation and the largest deductions.
/// </summary>
/// <remarks>
/// <para>The three formats show the same rows and the same words. An indicator that could not be scored (missing or
/// invalid data) shows why, never a silent 0; an incomplete scorecard says so above the table.</para>
/// <para>Scores are printed as the report prints them, rounded half away from zero to two places. The methods keep no
/// state and are thread-safe.</para>
/// </remarks>
public static class ScorecardReport
{
    /// <summary>
    /// Renders the scoring table as GitHub-flavoured Markdown: a heading, a table with one row per indicator (group
    /// indicators in bold), then the summary. Pipes, line breaks and Markdown characters in the text are escaped.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of headers, labels and notes; Chinese unless told otherwise.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string ToMarkdown(Scorecard scorecard, Language language = Language.Chinese) =>
        MarkdownWriter.Write(ReportLayoutBuilder.Build(scorecard, language));

    /// <summary>
    /// Renders the scoring table as one self-contained HTML page: inline CSS, no scripts, no external assets; every text
    /// escaped; printable on A4 landscape, with the header row repeated on every page and no row split across pages.
    /// The markup is also well-formed XML.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="language">The language of headers, labels and notes, and of the page's <c>lang</c> attribute; Chinese unless told otherwise.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static string ToHtml(Scorecard scorecard, Language language = Language.Chinese) =>
        HtmlWriter.Write(ReportLayoutBuilder.Build(scorecard, language));

    /// <summary>
    /// Writes the scoring table as an Excel workbook (.xlsx): the sheet 评分表 (Scoring table) lays the table out as the
    /// report does, with a name and a weight column per indicator level and group names merged over their indicators,
    /// scores as numbers in the format 0.00, wrapped text and a frozen header; the sheet 汇总 (Summary) holds the summary.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="destination">A writable stream; the workbook is written from its current position and the stream is left open.</param>
    /// <param name="language">The language of sheet names, headers, labels and notes; Chinese unless told otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written to.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static void WriteExcel(Scorecard scorecard, Stream destination, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written to.", nameof(destination));
        }

        ExcelWriter.Write(ReportLayoutBuilder.Build(scorecard, language), destination);
    }
}
