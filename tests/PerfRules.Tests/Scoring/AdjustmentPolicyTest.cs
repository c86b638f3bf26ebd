using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>加减分项: +1 per commendation, at most +3, total ≤ 100; −2 per accountability finding, at most −6, total ≥ 0.</summary>
public sealed class AdjustmentPolicyTest
{
    private static readonly AdjustmentPolicy Suixi = new(bonusPerItem: 1m, bonusCap: 3m, penaltyPerItem: 2m, penaltyCap: 6m);

    [Fact]
    public void Suixi_has_no_bonus_or_penalty_and_keeps_80_81()
    {
        var result = Suixi.Apply(80.81m, 0, 0);
        Assert.Equal(80.81m, result.TotalAfter);
        Assert.Equal(0m, result.Bonus);
        Assert.Equal(0m, result.Penalty);
    }

    [Fact]
    public void Three_commendations_add_3()
    {
        Assert.Equal(83.81m, Suixi.Apply(80.81m, 3, 0).TotalAfter);
    }

    [Fact]
    public void Four_commendations_are_capped_at_plus_3()
    {
        var result = Suixi.Apply(80.81m, 4, 0);
        Assert.Equal(4m, result.RawBonus);
        Assert.Equal(3m, result.Bonus);
        Assert.Equal(83.81m, result.TotalAfter);
    }

    [Fact]
    public void A_bonus_cannot_lift_the_total_above_100()
    {
        var result = Suixi.Apply(99m, 3, 0);
        Assert.Equal(102m, result.UnclampedTotal);
        Assert.Equal(100m, result.TotalAfter);
    }

    [Fact]
    public void Four_accountability_findings_are_capped_at_minus_6()
    {
        var result = Suixi.Apply(80m, 0, 4);
        Assert.Equal(8m, result.RawPenalty);
        Assert.Equal(6m, result.Penalty);
        Assert.Equal(74m, result.TotalAfter);
    }

    [Fact]
    public void A_penalty_cannot_push_the_total_below_0()
    {
        Assert.Equal(0m, Suixi.Apply(4m, 0, 3).TotalAfter);
    }

    [Fact]
    public void Bonus_and_penalty_combine()
    {
        var result = Suixi.Apply(80m, 2, 1);
        Assert.Equal(80m, result.TotalBefore);
        Assert.Equal(80m, result.TotalAfter);
    }

    [Fact]
    public void Negative_counts_and_parameters_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Suixi.Apply(80m, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Suixi.Apply(80m, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdjustmentPolicy(-1m, 3m, 2m, 6m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdjustmentPolicy(1m, 3m, 2m, 6m, maximumTotal: 0m, minimumTotal: 10m));
    }
}
