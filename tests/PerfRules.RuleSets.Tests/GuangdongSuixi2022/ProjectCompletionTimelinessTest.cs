using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.2.3 项目完成及时性: all on schedule → 2; else 2 × on schedule / budgeted.</summary>
public sealed class ProjectCompletionTimelinessTest
{
    [Fact]
    public void All_projects_on_schedule_score_2()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new ProjectTimeliness(5, 5)]);

        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void Three_of_four_score_1_5_with_the_arithmetic()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new ProjectTimeliness(4, 3)]);

        Assert.Equal(1.5m, result.Score);
        Assert.Contains("得分=3/4*2=1.5", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(0.5m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void Two_of_three_round_half_away_from_zero_and_the_deduction_matches()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new ProjectTimeliness(3, 2)]);

        Assert.Equal(1.33m, result.Score);
        Assert.Equal(0.67m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void No_budgeted_project_scores_2()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new ProjectTimeliness(0, 0)]);

        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void More_on_schedule_than_budgeted_is_an_error()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new ProjectTimeliness(2, 3)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void Counts_and_a_stated_rate_together_are_an_error_and_neither_is_missing_data()
    {
        var both = RuleHarness.Score(new ProjectCompletionTimeliness(),
            [new ProjectTimeliness(2, 2), new StatedRate("4.2.3", ProjectCompletionTimeliness.OnSchedulePart, 1m, "均按时完成")]);
        var neither = RuleHarness.Score(new ProjectCompletionTimeliness(), []);

        Assert.Equal(IndicatorOutcome.Error, both.Outcome);
        Assert.Equal(IndicatorOutcome.MissingData, neither.Outcome);
    }

    [Fact]
    public void A_stated_share_below_100_percent_scores_in_proportion()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), [new StatedRate("4.2.3", ProjectCompletionTimeliness.OnSchedulePart, 0.5m, "半数项目按时完成")]);

        Assert.Equal(1m, result.Score);
    }

    [Fact]
    public void Golden_statement_gives_the_verified_2()
    {
        var result = RuleHarness.Score(new ProjectCompletionTimeliness(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.2.3"), result.Score);
        Assert.Contains("报告表述", result.Note.Chinese, StringComparison.Ordinal);
    }
}
