using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.1.2 绩效目标: compliant → 2; late or deficient → 1; not published → 0; classified → 2 or 0.</summary>
public sealed class PerformanceTargetDisclosureTest
{
    private static readonly DateOnly Due = new(2022, 5, 31);

    private static Disclosure Published(DateOnly on) => new(DisclosureKind.PerformanceTargets, null, null, on, Deadline: Due);

    private static ChecklistAnswer Content(bool met, string? note = null) => new("3.1.2", PerformanceTargetDisclosure.ContentItem, met, note);

    private static ChecklistAnswer Classified(bool evidence) => new("3.1.2", PerformanceTargetDisclosure.ClassifiedItem, evidence);

    [Fact]
    public void Published_on_the_deadline_with_compliant_content_scores_2()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), [Published(Due), Content(true)]);

        Assert.Equal(2m, result.Score);
    }

    [Fact]
    public void Published_the_day_after_the_deadline_scores_1()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), [Published(Due.AddDays(1)), Content(true)]);

        Assert.Equal(1m, result.Score);
        Assert.Equal(DeductionKind.Computed, Assert.Single(result.Deductions).Kind);
    }

    [Fact]
    public void Published_on_time_with_deficient_content_scores_1_on_the_evaluators_judgement()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), [Published(Due), Content(false, "与批复不一致")]);

        Assert.Equal(1m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(DeductionKind.Judged, deduction.Kind);
        Assert.Contains("与批复不一致", deduction.Evidence);
    }

    [Fact]
    public void A_classified_department_with_its_evidence_scores_2_and_without_it_0()
    {
        var with = RuleHarness.Score(new PerformanceTargetDisclosure(), [Classified(true)]);
        var without = RuleHarness.Score(new PerformanceTargetDisclosure(), [Classified(false)]);

        Assert.Equal(2m, with.Score);
        Assert.Equal(0m, without.Score);
    }

    [Fact]
    public void A_classified_department_that_published_anyway_is_an_error()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), [Classified(true), Published(Due), Content(true)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_publication_without_the_content_answer_is_missing_data()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), [Published(Due)]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ChecklistAnswer));
    }

    [Fact]
    public void A_publication_without_a_time_limit_is_missing_data()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(),
            [new Disclosure(DisclosureKind.PerformanceTargets, null, null, Due), Content(true)]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(Disclosure.Deadline));
    }

    [Fact]
    public void No_disclosure_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_not_published_give_the_verified_0()
    {
        var result = RuleHarness.Score(new PerformanceTargetDisclosure(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.1.2"), result.Score);
        Assert.Contains("未按规定公开绩效目标", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(2m, Assert.Single(result.Deductions).Points);
    }
}
