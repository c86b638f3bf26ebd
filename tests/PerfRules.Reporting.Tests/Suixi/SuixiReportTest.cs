using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.RuleSets;
using PerfRules.Reporting.Tests.Support;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Scorecards;

namespace PerfRules.Reporting.Tests.Suixi;

/// <summary>
/// The acceptance case rendered: the built-in Suixi 2022 rule set scoring the golden facts (the golden loader of
/// PerfRules.RuleSets.Tests, linked, reading the same golden file), in all three formats. Expected figures come from the golden
/// file, as published in the report.
/// </summary>
public sealed class SuixiReportTest : IDisposable
{
    private static readonly Lazy<Scorecard> Card = new(() =>
        new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022).Evaluate(SuixiGolden.Facts()));

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("perfrules-suixi-");

    private static string Total => ReportFormat.Points(SuixiGolden.Expected("verifiedTotal"));

    [Fact]
    public void Markdown_has_every_published_row_with_its_self_and_verified_score_and_the_summary()
    {
        var md = ScorecardReport.ToMarkdown(Card.Value);
        var lines = md.Split('\n');

        foreach (var code in SuixiGolden.LeafCodes())
        {
            var indicator = Card.Value[code];
            var row = Assert.Single(lines, l => l.Contains($"| {code} {indicator.Name.Chinese}（", StringComparison.Ordinal));
            Assert.Contains($"| {ReportFormat.Points(SuixiGolden.Self(code))} | {ReportFormat.Points(SuixiGolden.Verified(code))} |", row, StringComparison.Ordinal);
        }

        Assert.Contains($"| **合计（100）** |  |  |  | {ReportFormat.Points(SuixiGolden.Expected("selfTotal"))} | **{Total}** |  |", md, StringComparison.Ordinal);
        Assert.Contains($"| 总分 | {Total} |", md, StringComparison.Ordinal);
        Assert.Contains($"| 等级 | {SuixiGolden.ExpectedGrade()} |", md, StringComparison.Ordinal);
        Assert.Contains("差异率=（1518.82-1030.36）/1030.36=47.41%", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_holds_the_published_scores_the_total_and_the_grade_with_groups_merged()
    {
        using var book = WorkbookReader.Of(Card.Value);

        Assert.Empty(book.ValidationErrors);
        foreach (var code in SuixiGolden.LeafCodes())
        {
            var indicator = Card.Value[code];
            var column = indicator.Level == 3 ? "E" : "C";
            var row = book.RowOf("评分表", column, $"{code} {indicator.Name.Chinese}");
            Assert.Equal(SuixiGolden.Verified(code), book.Number("评分表", $"I{row}"));
            Assert.Equal(SuixiGolden.Self(code), book.Number("评分表", $"H{row}"));
        }

        Assert.Equal(SuixiGolden.Expected("verifiedTotal"), book.Number("汇总", $"B{book.RowOf("汇总", "A", "总分")}"));
        Assert.Equal(SuixiGolden.ExpectedGrade(), book.Text("汇总", $"B{book.RowOf("汇总", "A", "等级")}"));
        var leavesOfFirst = Card.Value.Indicators.Count(i => i.IsLeaf && i.Code.StartsWith("1.", StringComparison.Ordinal));
        var first = book.RowOf("评分表", "A", "1 预算编制情况");
        Assert.Contains($"A{first}:A{first + leavesOfFirst - 1}", book.MergedRanges("评分表"));
    }

    [ChromiumFact]
    public void Chromium_prints_the_table_over_several_a4_pages_repeating_its_header_and_ending_with_the_total()
    {
        var pdf = Path.Combine(_directory.FullName, "suixi.pdf");

        Chromium.PrintToPdf(ScorecardReport.ToHtml(Card.Value), pdf);
        var text = Chromium.PdfText(pdf);
        var pages = Chromium.PageCount(pdf);

        Assert.Contains("遂溪县人力资源和社会保障局", text, StringComparison.Ordinal);
        Assert.Matches($@"总分\s+{System.Text.RegularExpressions.Regex.Escape(Total)}", text);
        Assert.Matches($@"等级\s+{SuixiGolden.ExpectedGrade()}", text);
        Assert.True(pages > 1, $"The Suixi table should need several pages, not {pages}.");
        Assert.Contains("核查得分", Chromium.PdfText(pdf, page: 2), StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
