using PerfRules.Explanations;
using PerfRules.Reporting.Tests.Support;
using PerfRules.Results;

namespace PerfRules.Reporting.Tests;

public sealed class MarkdownReportTest
{
    private static readonly Lazy<string> Complete = new(() => ScorecardReport.ToMarkdown(ReportRuleSet.Complete()));

    private static string[] Lines(string markdown) => markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static string RowOf(string markdown, string codeAndName) =>
        Assert.Single(Lines(markdown), l => l.StartsWith('|') && l.Contains(codeAndName + "（", StringComparison.Ordinal));

    /// <summary>The cells of a table row, split on pipes that are not escaped.</summary>
    private static string[] Cells(string row) =>
        System.Text.RegularExpressions.Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();

    [Fact]
    public void Every_indicator_has_a_row_with_its_weight_self_score_verified_score_and_note()
    {
        var card = ReportRuleSet.Complete();

        foreach (var indicator in card.Indicators)
        {
            var cells = Cells(RowOf(Complete.Value, $"{indicator.Code} {indicator.Name.Chinese}"));

            Assert.Equal(7, cells.Length);
            Assert.Contains($"{indicator.Code} {indicator.Name.Chinese}（{ReportFormat.Number(indicator.Weight)}）", cells[indicator.Level - 1], StringComparison.Ordinal);
            Assert.Equal(ReportFormat.Points(indicator.Score!.Value), cells[5].Trim('*'));
            if (indicator.IsLeaf)
            {
                Assert.Equal(ReportFormat.Points(indicator.SelfScore!.Value), cells[4]);
                Assert.StartsWith(indicator.Note.Chinese, cells[6], StringComparison.Ordinal);
                Assert.Equal(indicator.Criteria!.Chinese, cells[3]);
            }
        }
    }

    [Fact]
    public void Every_deduction_is_in_its_row_with_points_kind_and_evidence()
    {
        var row = RowOf(Complete.Value, "1.1.2 预算编制准确性");

        Assert.Contains("扣3分（评价认定）：差异率47.41%，扣3分；依据：财决01-1表", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_rows_are_bold_in_their_own_column_and_sum_their_leaves_self_scores()
    {
        var cells = Cells(RowOf(Complete.Value, "2.1 支出管理"));

        Assert.Equal("", cells[0]);
        Assert.Equal("**2.1 支出管理（35）**", cells[1]);
        Assert.Equal(("35", "**33.25**"), (cells[4], cells[5]));
    }

    [Fact]
    public void The_total_row_comes_first_with_the_self_total_and_the_total()
    {
        var body = Lines(Complete.Value).SkipWhile(l => !l.StartsWith("| ---", StringComparison.Ordinal)).Skip(1).First();

        Assert.Equal(["**合计（100）**", "", "", "", "95", "**88.75**", ""], Cells(body));
    }

    [Fact]
    public void Pipes_line_breaks_and_markup_in_a_note_are_escaped_and_keep_the_row_on_one_line()
    {
        var row = RowOf(Complete.Value, "2.1.2 财务合规性");

        Assert.Equal(7, Cells(row).Length);
        Assert.Contains(@"支出\<script\>alert(1)\</script\> \& 6\*3/4 \| 第二行<br>\$x\$ 未按规定", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", Complete.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_has_the_total_grade_self_total_and_reconciliation()
    {
        var md = Complete.Value;

        Assert.Contains("| 总分 | 88.75 |", md, StringComparison.Ordinal);
        Assert.Contains("| 等级 | 良 |", md, StringComparison.Ordinal);
        Assert.Contains("| 自评总分 | 95 |", md, StringComparison.Ordinal);
        Assert.Contains("| 末级指标得分合计 | 87.75 |", md, StringComparison.Ordinal);
        Assert.Contains("| 一级指标得分合计 | 预算编制情况 36.5 + 预算执行情况 51.25 = 87.75 |", md, StringComparison.Ordinal);
        Assert.Contains("| 加减分 | 加1分（1项）；调整前87.75分，调整后88.75分 |", md, StringComparison.Ordinal);
        Assert.Contains("| 核对结果 | 相符", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_deductions_are_ranked_largest_first()
    {
        var md = Complete.Value;
        var ranked = Lines(md).SkipWhile(l => !l.StartsWith("### 扣分最多的项目", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2]))
            .Select(l => Cells(l)[..3])
            .ToList();

        Assert.Equal(
            [["1", "2.2 信息公开", "7"], ["2", "1.1.2 预算编制准确性", "3"], ["3", "2.1.2 财务合规性", "1.75"], ["4", "1.1.1 预算编制合理性", "0.5"]],
            ranked);
    }

    [Fact]
    public void An_incomplete_scorecard_shows_unscored_indicators_and_problems_plainly_never_as_zero()
    {
        var md = ScorecardReport.ToMarkdown(ReportRuleSet.Incomplete());

        var missing = Cells(RowOf(md, "1.1.2 预算编制准确性"));
        Assert.Equal("**未计分（缺数据）**", missing[5]);
        Assert.Contains(@"数据问题：GivenScore.\*：缺少GivenScore事实", missing[6], StringComparison.Ordinal);
        var invalid = Cells(RowOf(md, "2.1.2 财务合规性"));
        Assert.Equal("**未计分（数据有误）**", invalid[5]);
        Assert.Contains("数据问题：GivenScore.Points：得分不能为负数", invalid[6], StringComparison.Ordinal);
        Assert.Contains("> **评价不完整：2个末级指标因缺少数据或数据有误未计分，总分与等级未得出。**", md, StringComparison.Ordinal);
        Assert.Contains("| 总分 | **未得出** |", md, StringComparison.Ordinal);
        Assert.Contains("| 等级 | **未得出** |", md, StringComparison.Ordinal);
        Assert.Contains("- \\[1.1.2\\] 数据问题：GivenScore.\\*：缺少GivenScore事实", md, StringComparison.Ordinal);
        Assert.Contains("- \\[2.1.2\\] 数据问题：GivenScore.Points：得分不能为负数", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converted_total_shows_its_working_and_the_indicator_that_does_not_apply()
    {
        var md = ScorecardReport.ToMarkdown(ReportRuleSet.Converted());

        Assert.Equal("不适用", Cells(RowOf(md, "2.2 信息公开"))[5]);
        Assert.Contains("| 适用分值 | 75 |", md, StringComparison.Ordinal);
        Assert.Contains("| 换算得分 | 72 ÷ 75 × 100 = 96 |", md, StringComparison.Ordinal);
        Assert.Contains("| 总分 | 96 |", md, StringComparison.Ordinal);
        Assert.Contains("| 等级 | 优 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void English_has_english_headers_names_and_labels()
    {
        var md = ScorecardReport.ToMarkdown(ReportRuleSet.Complete(), Language.English);

        Assert.Contains("| Level 1 indicator | Level 2 indicator | Level 3 indicator | Scoring criteria | Self score | Verified score | Scoring notes |", md, StringComparison.Ordinal);
        Assert.Contains("**1 Budget preparation (40)**", md, StringComparison.Ordinal);
        Assert.Contains("| Total score | 88.75 |", md, StringComparison.Ordinal);
        Assert.Contains("| Grade | Good |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("评分标准", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_language_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScorecardReport.ToMarkdown(ReportRuleSet.Complete(), (Language)7));
    }
}
