using DocumentFormat.OpenXml.Spreadsheet;
using PerfRules.Reporting.Tests.Support;
using PerfRules.Results;

namespace PerfRules.Reporting.Tests;

/// <summary>
/// The workbook read back with DocumentFormat.OpenXml. On 评分表, with three indicator levels, the columns are
/// A/B name and weight of 一级指标, C/D of 二级, E/F of 三级, then G 评分标准, H 自评得分, I 核查得分, J 评分说明.
/// </summary>
public sealed class ExcelReportTest
{
    private const string Table = "评分表";
    private const string Summary = "汇总";

    [Fact]
    public void The_workbook_is_valid_openxml_with_the_two_sheets()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());

        Assert.Empty(book.ValidationErrors.Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal([Table, Summary], book.SheetNames);
    }

    [Fact]
    public void Leaf_rows_hold_names_weights_criteria_and_scores_as_numbers_formatted_0_00()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());
        var row = book.RowOf(Table, "E", "2.1.2 财务合规性");

        Assert.Equal(15m, book.Number(Table, $"F{row}"));
        Assert.Equal("违规一项扣0.5分", book.Text(Table, $"G{row}"));
        Assert.Equal(15m, book.Number(Table, $"H{row}"));
        Assert.Equal(13.25m, book.Number(Table, $"I{row}"));
        Assert.Equal("0.00", book.NumberFormat(Table, $"I{row}"));
        Assert.Equal("0.00", book.NumberFormat(Table, $"H{row}"));
        var notes = book.Text(Table, $"J{row}")!;
        Assert.Contains("扣1.75分（评价认定）：支出<script>alert(1)</script>", notes, StringComparison.Ordinal);
        Assert.Contains("依据：2022年12月60#凭证；2022年12月63#凭证", notes, StringComparison.Ordinal);
        Assert.True(book.Wraps(Table, $"J{row}"));
        Assert.True(book.Wraps(Table, $"G{row}"));
    }

    [Fact]
    public void The_total_row_under_the_headers_has_the_maximum_self_total_and_total()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());
        var row = book.RowOf(Table, "A", "合计");

        Assert.Equal(100m, book.Number(Table, $"B{row}"));
        Assert.Equal(95m, book.Number(Table, $"H{row}"));
        Assert.Equal(88.75m, book.Number(Table, $"I{row}"));
        Assert.Equal("0.00", book.NumberFormat(Table, $"I{row}"));
        Assert.Equal("一级指标", book.Text(Table, $"A{row - 2}"));
        Assert.Equal(("名称", "权重"), (book.Text(Table, $"A{row - 1}"), book.Text(Table, $"B{row - 1}")));
    }

    [Fact]
    public void Group_names_and_weights_are_merged_down_over_their_leaves()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());
        var first = book.RowOf(Table, "A", "1 预算编制情况");
        var second = book.RowOf(Table, "A", "2 预算执行情况");
        var merged = book.MergedRanges(Table);

        Assert.Equal(first, book.RowOf(Table, "E", "1.1.1 预算编制合理性"));
        Assert.Equal(40m, book.Number(Table, $"B{first}"));
        Assert.Contains($"A{first}:A{first + 1}", merged);
        Assert.Contains($"B{first}:B{first + 1}", merged);
        Assert.Contains($"C{first}:C{first + 1}", merged);
        Assert.Contains($"A{second}:A{second + 2}", merged);
        Assert.Contains($"C{second}:C{second + 1}", merged);
        Assert.Equal("2.2 信息公开", book.Text(Table, $"C{second + 2}"));
        Assert.Contains("A1:J1", merged);
        Assert.Contains($"G{first - 3}:G{first - 2}", merged);
    }

    [Fact]
    public void The_header_rows_are_frozen_and_repeat_when_printed()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());
        var totalRow = book.RowOf(Table, "A", "合计");
        var pane = book.Sheet(Table).Descendants<Pane>().Single();

        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(totalRow - 1, pane.VerticalSplit!.Value);
        Assert.Equal($"'{Table}'!${totalRow - 2}:${totalRow - 1}", book.DefinedName("_xlnm.Print_Titles")!.Text);
        Assert.Equal(10, book.Sheet(Table).Descendants<Column>().Count(c => c.CustomWidth?.Value == true));
    }

    [Fact]
    public void The_summary_sheet_has_total_grade_self_total_reconciliation_and_deductions()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete());

        int Row(string label) => book.RowOf(Summary, "A", label);
        Assert.Equal(88.75m, book.Number(Summary, $"B{Row("总分")}"));
        Assert.Equal("0.00", book.NumberFormat(Summary, $"B{Row("总分")}"));
        Assert.Equal("良", book.Text(Summary, $"B{Row("等级")}"));
        Assert.Equal(95m, book.Number(Summary, $"B{Row("自评总分")}"));
        Assert.Equal(87.75m, book.Number(Summary, $"B{Row("末级指标得分合计")}"));
        Assert.Equal("预算编制情况 36.5 + 预算执行情况 51.25 = 87.75", book.Text(Summary, $"C{Row("一级指标得分合计")}"));
        Assert.StartsWith("相符", book.Text(Summary, $"B{Row("核对结果")}"), StringComparison.Ordinal);
        var first = Row("排名") + 1;
        Assert.Equal((1m, "2.2 信息公开", 7m), (book.Number(Summary, $"A{first}")!.Value, book.Text(Summary, $"B{first}"), book.Number(Summary, $"C{first}")!.Value));
        Assert.Equal("预算分配不够细化", book.Text(Summary, $"D{first + 3}"));
    }

    [Fact]
    public void An_incomplete_scorecard_shows_unscored_indicators_as_text_and_lists_problems()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Incomplete());
        var row = book.RowOf(Table, "E", "1.1.2 预算编制准确性");

        Assert.Empty(book.ValidationErrors);
        Assert.Null(book.Number(Table, $"I{row}"));
        Assert.Equal("未计分（缺数据）", book.Text(Table, $"I{row}"));
        Assert.Equal("未得出", book.Text(Table, $"I{book.RowOf(Table, "A", "合计")}"));
        Assert.StartsWith("评价不完整", book.Text(Table, "A3"), StringComparison.Ordinal);
        Assert.Equal("未得出", book.Text(Summary, $"B{book.RowOf(Summary, "A", "总分")}"));
        var problems = book.RowOf(Summary, "A", "数据问题");
        Assert.Equal("[1.1.2] 数据问题：GivenScore.*：缺少GivenScore事实", book.Text(Summary, $"A{problems + 1}"));
        Assert.Equal("[2.1.2] 数据问题：GivenScore.Points：得分不能为负数", book.Text(Summary, $"A{problems + 2}"));
    }

    [Fact]
    public void Control_characters_xml_cannot_carry_are_dropped_not_written()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.WithControlCharacters());

        Assert.Empty(book.ValidationErrors);
        Assert.Contains("粘贴自表格的说明", book.Text(Table, $"J{book.RowOf(Table, "C", "2.2 信息公开")}"), StringComparison.Ordinal);
    }

    [Fact]
    public void English_names_the_sheets_and_headers_in_english()
    {
        using var book = WorkbookReader.Of(ReportRuleSet.Complete(), Language.English);

        Assert.Equal(["Scoring table", "Summary"], book.SheetNames);
        Assert.Equal("Level 1 indicator", book.Text("Scoring table", $"A{book.RowOf("Scoring table", "A", "Total") - 2}"));
        Assert.Equal("Good", book.Text("Summary", $"B{book.RowOf("Summary", "A", "Grade")}"));
    }

    [Fact]
    public void The_workbook_can_be_written_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            ScorecardReport.WriteExcel(ReportRuleSet.Complete(), forwardOnly);
        }

        Assert.Equal("PK"u8.ToArray(), target.ToArray()[..2]);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
