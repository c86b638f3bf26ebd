using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.2.2 绩效目标完成效率: 2 × achieved / planned for department-wide and for project targets.</summary>
public sealed class TargetAchievementEfficiencyTest
{
    [Fact]
    public void Each_part_scores_in_proportion()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [new TargetAchievement(TargetScope.Department, 4, 3), new TargetAchievement(TargetScope.Project, 2, 2)]);

        Assert.Equal(3.5m, result.Score);
        Assert.Contains("完成率=3/4=75.00%", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(0.5m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void The_sum_is_rounded_once_and_the_deductions_still_add_up()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [new TargetAchievement(TargetScope.Department, 3, 1), new TargetAchievement(TargetScope.Project, 3, 1)]);

        Assert.Equal(1.33m, result.Score);
        Assert.Equal(4m - 1.33m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void No_planned_target_is_an_error()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [new TargetAchievement(TargetScope.Department, 0, 0), new TargetAchievement(TargetScope.Project, 2, 2)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(TargetAchievement.Planned));
    }

    [Fact]
    public void Counts_and_a_stated_rate_for_the_same_part_are_an_error()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [
                new TargetAchievement(TargetScope.Department, 2, 2),
                new StatedRate("4.2.2", TargetAchievementEfficiency.DepartmentPart, 1m, "均已实现"),
                new TargetAchievement(TargetScope.Project, 2, 2),
            ]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_stated_rate_above_100_percent_is_an_error()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [new StatedRate("4.2.2", TargetAchievementEfficiency.DepartmentPart, 1.1m, "超额完成"), new TargetAchievement(TargetScope.Project, 2, 2)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(StatedRate) && p.Field == nameof(StatedRate.Rate));
    }

    [Fact]
    public void A_missing_part_is_missing_data()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(), [new TargetAchievement(TargetScope.Department, 2, 2)]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.Message.Chinese.Contains("项目绩效目标", StringComparison.Ordinal));
    }

    [Fact]
    public void Golden_stated_rates_give_the_verified_4_and_say_they_were_stated()
    {
        var result = RuleHarness.Score(new TargetAchievementEfficiency(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.2.2"), result.Score);
        Assert.Contains("报告表述完成率100.00%", result.Note.Chinese, StringComparison.Ordinal);
    }
}
