using PerfRules.Results;
using PerfRules.Samples.Xushui;

namespace PerfRules.Samples.Tests.Xushui;

/// <summary>
/// What samples/PerfRules.Samples.Xushui prints: the seed's category scores under the assumed weights, the three items
/// that did not apply, and 84.8 of the 93 points that applied converted to 91.18, the figure the Xushui self-assessment
/// publishes, computed from its facts.
/// </summary>
public sealed class XushuiSampleTest
{
    private static readonly IReadOnlyList<string> Chinese = SampleOutput.Lines(XushuiSample.Run);

    [Fact]
    public void The_sample_states_that_its_weights_are_assumed()
    {
        Assert.Equal("徐水区式部门绩效管理考核（2023年度，示例，分值为假设）", Chinese[0]);
        Assert.Contains(Chinese, l => l.StartsWith("分值为假设：", StringComparison.Ordinal)
            && l.Contains("其中政府采购管理3分、投资评审工作2分、债券资金支出2分本部门不涉及，不计入适用分值。", StringComparison.Ordinal));
        Assert.Contains("类别                          假设分值  适用分值    得分", Chinese);
    }

    [Theory]
    [InlineData("1 重大政策落实情况                  12        12    10.5")]
    [InlineData("3 预算执行管理情况                  24        21    19.1")]
    [InlineData("  3.1 政府采购管理                   3         0  不适用")]
    [InlineData("6 债务管理情况                       3         1       1")]
    [InlineData("合计                               100        93    84.8")]
    public void The_table_shows_assumed_and_applicable_points_beside_the_seed_scores(string line)
    {
        Assert.Contains(line, Chinese);
    }

    [Theory]
    [InlineData("3.1 政府采购管理：我部门无政府采购，本指标不适用，3分不计入适用分值")]
    [InlineData("4.1 投资评审工作：我部门2023年无政府投资项目，无需向财政投资评审送审资料，本指标不适用，2分不计入适用分值")]
    [InlineData("6.1 债券资金支出：我部门2023年未申报债券项目，不涉及债券管理情况，本指标不适用，2分不计入适用分值")]
    public void Each_item_that_did_not_apply_says_why_in_the_seed_words(string line)
    {
        Assert.Contains(line, Chinese);
    }

    [Fact]
    public void The_total_is_converted_over_the_points_that_applied()
    {
        Assert.Contains("换算得分=得分/适用分值×100=84.8/93×100=91.18分", Chinese);
        Assert.Contains("加减分（假设：参与财政改革创新每项加1分、最多加3分；存在问题每项扣2分、最多扣10分）：加0分，扣0分", Chinese);
        Assert.Equal("总分：91.18分；等级：优（假设：按全国通行的等级标准对换算得分评级，自评报告未评等级）", Chinese.Last(l => l.Length > 0));
    }

    [Fact]
    public void The_sample_prints_in_English_when_asked()
    {
        var english = SampleOutput.Lines(XushuiSample.Run, Language.English);

        Assert.Contains(english, l => l.StartsWith("The weights are assumed:", StringComparison.Ordinal));
        Assert.Contains("Converted score = score / points applied × 100 = 84.8 / 93 × 100 = 91.18", english);
        Assert.Equal("Total: 91.18; grade: Excellent (assumed: the national bands applied to the converted score; the self-assessment gives no grade)", english.Last(l => l.Length > 0));
    }
}
