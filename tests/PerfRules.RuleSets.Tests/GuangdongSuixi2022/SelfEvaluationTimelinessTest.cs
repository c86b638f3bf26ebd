using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.2.2 自评材料报送及时性: by the deadline, that day included → 1; else 0.</summary>
public sealed class SelfEvaluationTimelinessTest
{
    private static readonly DateOnly Deadline = new(2023, 4, 28);

    [Fact]
    public void Submitted_on_the_deadline_scores_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationTimeliness(), [new SelfEvaluationSubmission(Deadline, Deadline)]);

        Assert.Equal(1m, result.Score);
    }

    [Fact]
    public void Submitted_the_day_after_scores_0_with_the_days_late()
    {
        var result = RuleHarness.Score(new SelfEvaluationTimeliness(), [new SelfEvaluationSubmission(Deadline, Deadline.AddDays(1))]);

        Assert.Equal(0m, result.Score);
        Assert.Contains("逾期1天", Assert.Single(result.Deductions).Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_submitted_scores_0()
    {
        var result = RuleHarness.Score(new SelfEvaluationTimeliness(), [new SelfEvaluationSubmission(Deadline, null)]);

        Assert.Equal(0m, result.Score);
        Assert.Contains("未报送", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_submission_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new SelfEvaluationTimeliness(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_submitted_on_the_day_give_the_verified_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationTimeliness(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.2.2"), result.Score);
        Assert.Contains("应于2023年4月28日前报送自评材料，实际于2023年4月28日报送", result.Note.Chinese, StringComparison.Ordinal);
    }
}
