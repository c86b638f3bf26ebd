using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>财务合规性 (2.1.7): 6 points, four findings of 0.5 each.</summary>
public sealed class FindingsTest
{
    private static readonly Finding[] SuixiFindings =
    [
        new(0.5m, new LocalizedText("年末从零余额账户提取现金，再存入基本户"), "2022年4月20#凭证", "2022年9月40#凭证", "2022年12月99#凭证"),
        new(0.5m, new LocalizedText("个别资金支出不规范"), "2022年12月60#凭证", "2022年12月63#凭证"),
        new(0.5m, new LocalizedText("购进的监控设备未做固定资产核算"), "2022年12月47#凭证"),
        new(0.5m, new LocalizedText("收到技能补贴款时直接同时登记收入支出"), "2022年8月63#凭证", "2022年8月87#凭证"),
    ];

    [Fact]
    public void Suixi_four_findings_of_0_5_leave_4_of_6_with_their_evidence()
    {
        var result = new Findings(6m).Apply(SuixiFindings);

        Assert.Equal(2m, result.PointsDeducted);
        Assert.Equal(4m, result.Score);
        Assert.False(result.IsCapped);
        Assert.Equal(["2022年12月60#凭证", "2022年12月63#凭证"], result.Items[1].Evidence);
    }

    [Fact]
    public void No_findings_score_full_points()
    {
        Assert.Equal(6m, new Findings(6m).Apply().Score);
    }

    [Fact]
    public void Findings_beyond_the_points_available_floor_the_score_at_0()
    {
        var result = new Findings(1m).Apply(SuixiFindings);

        Assert.Equal(2m, result.RawDeduction);
        Assert.Equal(1m, result.PointsDeducted);
        Assert.True(result.IsCapped);
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void A_finding_must_deduct_a_positive_number_of_points()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding(0m, new LocalizedText("无")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Findings(-1m));
    }
}
