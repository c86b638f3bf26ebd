using PerfRules.Results;
using PerfRules.RuleSets;
using PerfRules.Samples.CustomCounty;
using PerfRules.Samples.CustomCounty.Wangchuan2022;

namespace PerfRules.Samples.Tests.CustomCounty;

/// <summary>
/// What samples/PerfRules.Samples.CustomCounty prints: the fictional 望川县's three rows beside Suixi's on the Suixi
/// department's published facts, and both totals. Suixi's side is the golden case (80.81, 良); the county's follows
/// from its rules: 3.1.3 published 5 days late loses 2.5 points, capped at its 2, where Suixi took 1. The same county
/// written as JSON (extending the built-in table's document) scores alike.
/// </summary>
public sealed class CustomCountySampleTest
{
    private static readonly IReadOnlyList<string> Chinese = SampleOutput.Lines(CustomCountySample.Run);

    [Fact]
    public void The_sample_says_the_county_is_fictional_and_which_department_it_scores()
    {
        Assert.StartsWith("望川县是虚构的县名", Chinese[0], StringComparison.Ordinal);
        Assert.Equal("被评价部门：遂溪县人力资源和社会保障局（2022年度公开评价报告中的事实），分别按两套评分标准计分。", Chinese[1]);
        Assert.Contains("本县标准：望川县部门整体支出绩效评价指标（2022年度，虚构示例）", Chinese);
    }

    [Fact]
    public void The_changed_rows_are_found_by_comparing_the_rule_sets()
    {
        Assert.Equal(["2.1.3", "2.1.6", "3.1.3"], CountyComparison.ChangedLeaves(BuiltInRuleSets.GuangdongSuixi2022, WangchuanRuleSet.Build()));
        Assert.Contains("本县改动的指标（3项）：", Chinese);
    }

    [Theory]
    [InlineData("  基础标准：3分  结转结余率=101571.86/（549070.93+15188214.45+0）=0.65%，得3分")]
    [InlineData("  本县标准：3分  结转结余率=101571.86/（549070.93+15188214.45+0）=0.65%，得3分")]
    [InlineData("  基础标准：0分  采购计划金额0元，实际采购金额219686元，实际采购金额大于采购计划金额，不得分")]
    [InlineData("  本县标准：0分  政府采购预算金额0元，实际采购金额219686元，未编制政府采购预算而实施采购（无预算采购），不得分")]
    [InlineData("  基础标准：1分  根据要求，应于2023年4月30日前公开，实际于2023年5月5日公开，逾期5天，扣1分")]
    [InlineData("  本县标准：0分  自评材料应于2023年4月30日前公开，实际于2023年5月5日公开，逾期5天，每逾期1天扣0.5分，应扣2.5分，扣完为止，得0分")]
    public void Each_changed_row_is_scored_by_both_tables_with_its_note(string line)
    {
        Assert.Contains(line, Chinese);
    }

    [Fact]
    public void The_totals_show_the_county_grade_falling_below_80()
    {
        Assert.Contains("总分：基础标准80.81分（良），本县标准79.81分（中），相差-1分", Chinese);
    }

    [Fact]
    public void The_same_county_written_as_JSON_scores_each_changed_row_and_the_total_as_the_CSharp_county()
    {
        var json = Chinese.SkipWhile(l => !l.StartsWith("同一县用JSON编写", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "同一县用JSON编写（wangchuan-2022.json，\"extends\": \"GuangdongSuixi2022\"，只写本县的三项）：",
                "  2.1.3 结转结余率：3分（C#写法3分）",
                "  2.1.6 政府采购执行率：0分（C#写法0分）",
                "  3.1.3 自评材料：0分（C#写法0分）",
                "  总分79.81分（中），各项得分与C#写法相同",
            ],
            json.Where(l => l.Length > 0));
    }

    [Fact]
    public void The_sample_prints_in_English_when_asked()
    {
        var english = SampleOutput.Lines(CustomCountySample.Run, Language.English);

        Assert.StartsWith("Wangchuan is a fictional county", english[0], StringComparison.Ordinal);
        Assert.Contains("  County table: 0  due by 2023-04-30, published 2023-05-05, 5 days late, 0.5 deducted per day, 2.5 due, capped at 2, scores 0 points", english);
        Assert.Contains("Total: 80.81 (Good) by the base table, 79.81 (Fair) by the county's, -1", english);
        Assert.Equal("  Total 79.81 (Fair), every row as the C# county scores it", english.Last(l => l.Length > 0));
    }
}
