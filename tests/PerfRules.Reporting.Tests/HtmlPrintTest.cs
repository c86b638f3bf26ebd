using PerfRules.Reporting.Tests.Support;

namespace PerfRules.Reporting.Tests;

/// <summary>
/// Prints the HTML page with headless Chromium and reads the PDF back: the page must render, not just parse.
/// Needs Debian's chromium and poppler-utils (.ci/run installs them); fails, never skips, without them.
/// </summary>
public sealed class HtmlPrintTest : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("perfrules-report-");

    [ChromiumFact]
    public void Chromium_prints_the_page_to_a_pdf_showing_the_table_the_total_and_the_grade()
    {
        var card = ReportRuleSet.Complete();
        var pdf = Path.Combine(_directory.FullName, "scorecard.pdf");

        Chromium.PrintToPdf(ScorecardReport.ToHtml(card), pdf);
        var text = Chromium.PdfText(pdf);

        Assert.Contains("整体绩效评价指标评分表", text, StringComparison.Ordinal);
        Assert.Contains("88.75", text, StringComparison.Ordinal);
        Assert.Contains("财务合规性", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Matches(@"等级\s+良", text);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
