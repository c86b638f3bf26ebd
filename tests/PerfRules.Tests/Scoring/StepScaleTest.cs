using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Scoring;

/// <summary>预决算差异率 (1.1.3 part 1): 差异率=0 得3分；每增加5%（含）扣减0.5分，直至扣完为止.</summary>
public sealed class StepScaleTest
{
    private static readonly StepScale Variance = new(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep);

    [Fact]
    public void Variance_0_scores_the_full_3()
    {
        var result = Variance.Apply(0m);
        Assert.Equal(0m, result.Steps);
        Assert.Equal(0m, result.PointsDeducted);
        Assert.Equal(3m, result.Score);
    }

    [Fact]
    public void Variance_just_below_5_percent_deducts_nothing()
    {
        Assert.Equal(3m, Variance.Apply(0.0499999m).Score);
    }

    [Fact]
    public void Variance_exactly_5_percent_deducts_0_5()
    {
        var result = Variance.Apply(0.05m);
        Assert.Equal(1m, result.Steps);
        Assert.Equal(2.5m, result.Score);
    }

    [Theory]
    [InlineData("0.0500001", "2.5")]
    [InlineData("0.0999999", "2.5")]
    [InlineData("0.1", "2")]
    [InlineData("0.2999999", "0.5")]
    [InlineData("0.3", "0")]
    [InlineData("5", "0")]
    public void Variance_deducts_0_5_per_completed_5_percent(string variance, string score)
    {
        Assert.Equal(Dec.Parse(score), Variance.Apply(Dec.Parse(variance)).Score);
    }

    [Fact]
    public void Suixi_variance_47_41_percent_counts_9_steps_and_deducts_3_capped()
    {
        var variance = Ratio.Of(15_188_214.45m - 10_303_600m, 10_303_600m, "差异率");

        var result = Variance.Apply(variance);

        Assert.Equal(0.4741m, Math.Round(variance, 4));
        Assert.Equal(9m, result.Steps);
        Assert.Equal(4.5m, result.RawDeduction);
        Assert.Equal(3m, result.PointsDeducted);
        Assert.True(result.IsCapped);
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void Variance_exactly_30_percent_deducts_everything_without_capping()
    {
        var result = Variance.Apply(0.3m);
        Assert.Equal(3m, result.PointsDeducted);
        Assert.False(result.IsCapped);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.000001", 1)]
    [InlineData("0.05", 1)]
    [InlineData("0.050001", 2)]
    public void Counting_every_started_step_counts_a_partial_step(string variance, int steps)
    {
        var scale = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryStartedStep);
        Assert.Equal(steps, scale.Apply(Dec.Parse(variance)).Steps);
    }

    [Fact]
    public void A_value_below_the_threshold_deducts_nothing()
    {
        var scale = new StepScale(0.1m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep);
        var result = scale.Apply(0.02m);
        Assert.Equal(0m, result.Excess);
        Assert.Equal(3m, result.Score);
    }

    [Fact]
    public void Describe_states_the_step_as_the_criteria_do()
    {
        Assert.Equal("每增加5%扣0.5分", Variance.Describe().Chinese);
        Assert.Equal("0.5 points deducted for every further 5%", Variance.Describe().English);
        Assert.Equal("每增加0.05扣0.5分", Variance.Describe(asPercent: false).Chinese);

        // Made once per scale and form: every note citing the scale shares the text.
        Assert.Same(Variance.Describe(), Variance.Describe());
        Assert.Same(Variance.Describe(asPercent: false), Variance.Describe(asPercent: false));
    }

    [Fact]
    public void The_result_describes_the_steps_and_the_cap()
    {
        Assert.Equal("计9步，应扣4.5分，以3分为限，扣3分", Variance.Apply(0.4741m).Describe().Chinese);
        Assert.Equal("9 steps, 4.5 points due, capped at 3: 3 points deducted", Variance.Apply(0.4741m).Describe().English);
        Assert.Equal("计2步，扣1分", Variance.Apply(0.1m).Describe().Chinese);
        Assert.Equal("计0步，不扣分", Variance.Apply(0m).Describe().Chinese);
    }

    [Fact]
    public void Invalid_parameters_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepScale(0m, 0m, 0.5m, 3m, StepCounting.EveryCompletedStep));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepScale(0m, 0.05m, 0m, 3m, StepCounting.EveryCompletedStep));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepScale(0m, 0.05m, 0.5m, -1m, StepCounting.EveryCompletedStep));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepScale(0m, 0.05m, 0.5m, 3m, (StepCounting)7));
    }

    [Fact]
    public void Score_never_rises_as_the_variance_rises_and_stays_within_0_and_the_points()
    {
        var started = new StepScale(0m, 0.05m, 0.5m, 3m, StepCounting.EveryStartedStep);
        var variances = Gen.Choose(0, 500_000).Select(i => i / 1_000_000m).ToArbitrary();
        Prop.ForAll(variances, variances, (a, b) =>
        {
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            var completed = Variance.Apply(high);
            return Variance.Apply(low).Score >= completed.Score
                && started.Apply(low).Score >= started.Apply(high).Score
                && completed.Score is >= 0m and <= 3m
                && started.Apply(high).Steps >= completed.Steps;
        }).QuickCheckThrowOnFailure();
    }
}
