using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.1.3 自评材料: published on time and complete → 2; late or incomplete → 1; not published → 0.</summary>
public sealed class SelfEvaluationDisclosureTest
{
    private static readonly DateOnly Deadline = new(2023, 4, 30);

    private static Disclosure Published(DateOnly? on) => new(DisclosureKind.SelfEvaluation, null, null, on, Deadline: Deadline);

    private static ChecklistAnswer Content(bool met) => new("3.1.3", SelfEvaluationDisclosure.ContentItem, met);

    [Fact]
    public void Published_on_the_deadline_itself_is_on_time_and_scores_2()
    {
        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), [Published(Deadline), Content(true)]);

        Assert.Equal(2m, result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void Published_the_day_after_the_deadline_scores_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), [Published(Deadline.AddDays(1)), Content(true)]);

        Assert.Equal(1m, result.Score);
    }

    [Fact]
    public void Late_and_incomplete_still_scores_1_not_less()
    {
        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), [Published(Deadline.AddDays(3)), Content(false)]);

        Assert.Equal(1m, result.Score);
        Assert.Equal(1m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Not_published_scores_0()
    {
        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), [Published(null)]);

        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void A_limit_in_days_after_approval_counts_from_the_day_after()
    {
        var approved = new DateOnly(2023, 4, 10);
        Disclosure WithinTen(DateOnly on) => new(DisclosureKind.SelfEvaluation, approved, null, on, DayLimit: 10);

        var onTime = RuleHarness.Score(new SelfEvaluationDisclosure(), [WithinTen(new DateOnly(2023, 4, 20)), Content(true)]);
        var late = RuleHarness.Score(new SelfEvaluationDisclosure(), [WithinTen(new DateOnly(2023, 4, 21)), Content(true)]);

        Assert.Equal(2m, onTime.Score);
        Assert.Equal(1m, late.Score);
    }

    [Fact]
    public void Golden_facts_published_5_days_late_give_the_verified_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.1.3"), result.Score);
        Assert.Contains("根据要求，应于2023年4月30日前公开，实际于2023年5月5日公开，逾期5天", result.Note.Chinese, StringComparison.Ordinal);
        var deduction = Assert.Single(result.Deductions);
        Assert.Contains(deduction.Inputs, i => i.Value == 5m && i.Unit == ValueUnit.Days);
    }
}
