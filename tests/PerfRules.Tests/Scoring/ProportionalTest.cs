using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>政府采购执行率 (2.1.6) and 重点工作完成效率 (4.2.1).</summary>
public sealed class ProportionalTest
{
    private static readonly Proportional Procurement = new(2m, ExcessPolicy.ScoreZero);

    [Fact]
    public void Suixi_procurement_planned_0_actual_219686_scores_0_because_actual_exceeds_plan()
    {
        var result = Procurement.Apply(219_686m, 0m);

        Assert.True(result.Exceeded);
        Assert.Null(result.Ratio);
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void Actual_equal_to_plan_scores_full()
    {
        Assert.Equal(2m, Procurement.Apply(500m, 500m).Score);
    }

    [Fact]
    public void Actual_just_above_plan_scores_0()
    {
        var result = Procurement.Apply(500.01m, 500m);
        Assert.True(result.Exceeded);
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void Actual_below_plan_scores_in_proportion_rounded_half_away_from_zero()
    {
        Assert.Equal(1m, Procurement.Apply(250m, 500m).Score);
        var third = Procurement.Apply(1m, 3m);
        Assert.Equal(0.6666666667m, Math.Round(third.UnroundedScore, 10));
        Assert.Equal(0.67m, third.Score);
    }

    [Fact]
    public void Capping_at_full_scores_an_excess_as_full_points()
    {
        var result = new Proportional(2m, ExcessPolicy.CapAtFull).Apply(600m, 500m);
        Assert.True(result.Exceeded);
        Assert.Equal(1.2m, result.Ratio);
        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void Zero_over_zero_is_an_error_not_zero()
    {
        Assert.Throws<ZeroDenominatorException>(() => Procurement.Apply(0m, 0m));
    }

    [Fact]
    public void Zero_denominator_when_capping_is_an_error()
    {
        Assert.Throws<ZeroDenominatorException>(() => new Proportional(2m, ExcessPolicy.CapAtFull).Apply(5m, 0m));
    }

    [Fact]
    public void Negative_figures_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Procurement.Apply(-1m, 5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Procurement.Apply(1m, -5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportional(-2m, ExcessPolicy.ScoreZero));
    }

    [Fact]
    public void Suixi_key_work_85_and_87_5_average_to_4_3125_and_score_4_31()
    {
        var result = new Proportional(5m, ExcessPolicy.CapAtFull).ApplyAverage(100m, 85m, 87.5m);

        Assert.Equal([0.85m, 0.875m], result.Ratios);
        Assert.Equal(0.8625m, result.Mean);
        Assert.Equal(4.3125m, result.UnroundedScore);
        Assert.Equal(4.31m, result.Score);
    }

    [Fact]
    public void Criteria_example_95_and_90_scores_4_63_rounding_half_away_from_zero()
    {
        var result = new Proportional(5m, ExcessPolicy.CapAtFull).ApplyAverage(100m, 95m, 90m);
        Assert.Equal(4.625m, result.UnroundedScore);
        Assert.Equal(4.63m, result.Score);
    }

    [Fact]
    public void Average_without_results_or_with_one_above_the_full_mark_is_rejected()
    {
        var scoring = new Proportional(5m, ExcessPolicy.CapAtFull);
        Assert.Throws<ArgumentException>(() => scoring.ApplyAverage(100m));
        Assert.Throws<ArgumentException>(() => scoring.ApplyAverage(100m, 85m, 100.5m));
        Assert.Throws<ArgumentException>(() => scoring.ApplyAverage(100m, -1m));
    }

    [Fact]
    public void Score_rises_with_the_numerator_until_it_exceeds_the_denominator()
    {
        var amounts = Gen.Choose(0, 1000).Select(i => (decimal)i).ToArbitrary();
        Prop.ForAll(amounts, amounts, (a, b) =>
        {
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            return Procurement.Apply(low, 1000m).UnroundedScore <= Procurement.Apply(high, 1000m).UnroundedScore
                && Procurement.Apply(high, 1000m).Score <= 2m;
        }).QuickCheckThrowOnFailure();
    }
}
