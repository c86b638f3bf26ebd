using System.Xml;
using System.Xml.Linq;
using PerfRules.Reporting.Tests.Support;
using PerfRules.Results;

namespace PerfRules.Reporting.Tests;

public sealed class HtmlReportTest
{
    private static readonly Lazy<string> Complete = new(() => ScorecardReport.ToHtml(ReportRuleSet.Complete()));

    /// <summary>Parses the page as XML: it must be well-formed XHTML-compatible markup.</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static string Class(XElement e) => (string?)e.Attribute("class") ?? "";

    private static XElement RowOf(XDocument page, string code) =>
        page.Descendants("tr").Single(tr => (string?)tr.Attribute("data-code") == code);

    private static List<XElement> Cells(XElement row) => [.. row.Elements("td")];

    [Fact]
    public void The_page_is_well_formed_with_its_language_and_needs_nothing_else()
    {
        var page = Parse(Complete.Value);

        Assert.StartsWith("<!DOCTYPE html>", Complete.Value, StringComparison.Ordinal);
        Assert.Equal("zh-CN", (string?)page.Root!.Attribute("lang"));
        Assert.Equal("utf-8", (string?)page.Descendants("meta").First().Attribute("charset"));
        Assert.Single(page.Descendants("style"));
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotContain("url(", Complete.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_prints_on_a4_repeats_headers_and_keeps_rows_whole()
    {
        var css = Parse(Complete.Value).Descendants("style").Single().Value;

        Assert.Contains("@page { size: A4 landscape;", css, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", css, StringComparison.Ordinal);
        Assert.Contains("tr { break-inside: avoid; page-break-inside: avoid; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_the_report_headers_a_total_row_and_a_row_per_indicator()
    {
        var page = Parse(Complete.Value);
        var card = ReportRuleSet.Complete();
        var table = page.Descendants("table").First();

        Assert.Equal(["一级指标", "二级指标", "三级指标", "评分标准", "自评得分", "核查得分", "评分说明"], table.Element("thead")!.Descendants("th").Select(th => th.Value));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(card.Indicators.Count + 1, rows.Count);
        Assert.Equal("total", Class(rows[0]));
        Assert.Equal(card.Indicators.Select(i => i.Code), rows.Skip(1).Select(r => (string?)r.Attribute("data-code")));
        Assert.Equal(["合计（100）", "95", "88.75"], Cells(rows[0]).Take(3).Select(td => td.Value));
    }

    [Fact]
    public void Rows_carry_names_with_weights_criteria_scores_and_every_deduction()
    {
        var page = Parse(Complete.Value);

        var group = Cells(RowOf(page, "1"));
        Assert.Equal("group level-1", Class(RowOf(page, "1")));
        Assert.Equal(("1预算编制情况（40）", "40", "36.5"), (group[0].Value, group[1].Value, group[2].Value));
        Assert.Equal("4", (string?)group[0].Attribute("colspan"));

        var leaf = Cells(RowOf(page, "1.1.2"));
        Assert.Equal(["indent", "indent"], leaf.Take(2).Select(Class));
        Assert.Equal("1.1.2预算编制准确性（15）", leaf[2].Value);
        Assert.Equal("差异率每增加5%扣0.5分", leaf[3].Value);
        Assert.Equal(("15", "12"), (leaf[4].Value, leaf[5].Value));
        Assert.Equal(
            ["得12分，扣3分", "扣3分（评价认定）：差异率47.41%，扣3分；依据：财决01-1表"],
            leaf[6].Elements("div").Select(d => d.Value));
    }

    [Fact]
    public void Markup_in_a_note_is_escaped_text_never_an_element()
    {
        var page = Parse(Complete.Value);
        var notes = Cells(RowOf(page, "2.1.2"))[6];

        Assert.DoesNotContain("<script>", Complete.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 6*3/4 | 第二行<br />$x$", Complete.Value, StringComparison.Ordinal);
        var deduction = notes.Elements("div").Single(d => Class(d) == "deduction");
        Assert.Equal("扣1.75分（评价认定）：支出<script>alert(1)</script> & 6*3/4 | 第二行$x$ 未按规定；依据：2022年12月60#凭证；2022年12月63#凭证", deduction.Value);
        Assert.Single(deduction.Elements("br"));
    }

    [Fact]
    public void The_summary_has_the_total_grade_reconciliation_and_ranked_deductions()
    {
        var page = Parse(Complete.Value);
        var summary = page.Descendants("table").Single(t => Class(t) == "summary")
            .Descendants("tr").ToDictionary(tr => tr.Elements("td").First().Value, tr => tr.Elements("td").Last().Value);
        var deductions = page.Descendants("table").Single(t => Class(t) == "deductions").Element("tbody")!.Elements("tr")
            .Select(tr => string.Join(" ", tr.Elements("td").Take(3).Select(td => td.Value)));

        Assert.Equal("88.75", summary["总分"]);
        Assert.Equal("良", summary["等级"]);
        Assert.Equal("95", summary["自评总分"]);
        Assert.Equal("87.75", summary["末级指标得分合计"]);
        Assert.StartsWith("相符", summary["核对结果"], StringComparison.Ordinal);
        Assert.Equal(["1 2.2 信息公开 7", "2 1.1.2 预算编制准确性 3", "3 2.1.2 财务合规性 1.75", "4 1.1.1 预算编制合理性 0.5"], deductions);
    }

    [Fact]
    public void An_incomplete_scorecard_flags_unscored_rows_warns_and_lists_the_problems()
    {
        var html = ScorecardReport.ToHtml(ReportRuleSet.Incomplete());
        var page = Parse(html);

        var missing = RowOf(page, "1.1.2");
        Assert.Contains("unscored", Class(missing), StringComparison.Ordinal);
        var status = Cells(missing).Single(td => Class(td) == "status problem");
        Assert.Equal("未计分（缺数据）", status.Value);
        Assert.Equal("未得出", Cells(page.Descendants("tr").First(tr => Class(tr) == "total unscored"))[2].Value);
        Assert.Equal(2, page.Descendants("p").Count(p => Class(p) == "warning"));
        Assert.Equal(
            ["[1.1.2] 数据问题：GivenScore.*：缺少GivenScore事实", "[2.1.2] 数据问题：GivenScore.Points：得分不能为负数"],
            page.Descendants("ul").Single(u => Class(u) == "problems").Elements("li").Select(li => li.Value));
    }

    [Fact]
    public void Control_characters_xml_cannot_carry_are_dropped_so_the_page_stays_well_formed()
    {
        var page = Parse(ScorecardReport.ToHtml(ReportRuleSet.WithControlCharacters()));

        Assert.Contains("粘贴自表格的说明", Cells(RowOf(page, "2.2"))[5].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void English_sets_the_language_and_the_headers()
    {
        var page = Parse(ScorecardReport.ToHtml(ReportRuleSet.Complete(), Language.English));

        Assert.Equal("en", (string?)page.Root!.Attribute("lang"));
        Assert.Equal("Whole-department performance evaluation scoring table", page.Descendants("h1").Single().Value);
        Assert.Equal("Verified score", page.Descendants("th").ElementAt(5).Value);
    }
}
