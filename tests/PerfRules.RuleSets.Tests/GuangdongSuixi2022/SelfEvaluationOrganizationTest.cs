using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.2.1 组织建立情况: 3 or more members with leader, finance and business staff → 1; fewer than 3 → 0; incomplete → judged.</summary>
public sealed class SelfEvaluationOrganizationTest
{
    private static SelfEvaluationGroup Group(int members, bool leader = true, bool finance = true, bool business = true) =>
        new(new DateOnly(2023, 4, 20), members, leader, finance, business);

    [Fact]
    public void Exactly_3_members_with_the_full_structure_scores_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), [Group(3)]);

        Assert.Equal(1m, result.Score);
    }

    [Fact]
    public void Two_members_count_as_no_group_and_score_0()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), [Group(2)]);

        Assert.Equal(0m, result.Score);
        Assert.Contains("少于3人，视为未成立小组", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(1m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void No_members_means_no_group_was_formed()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), [Group(0)]);

        Assert.Equal(0m, result.Score);
        Assert.Contains("未成立自评工作小组", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_structure_without_the_evaluators_deduction_is_missing_data()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), [Group(4, finance: false)]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(EvaluatorFinding) && p.Message.Chinese.Contains("财务人员", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incomplete_structure_loses_the_judged_points()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(),
            [Group(4, finance: false), new EvaluatorFinding("3.2.1", 0.5m, new LocalizedText("小组无财务人员"))]);

        Assert.Equal(0.5m, result.Score);
        Assert.Contains("缺少财务人员", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_group_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), []);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_give_the_verified_1()
    {
        var result = RuleHarness.Score(new SelfEvaluationOrganization(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.2.1"), result.Score);
        Assert.Contains("2023年4月20日成立自评工作小组，成员4人", result.Note.Chinese, StringComparison.Ordinal);
    }
}
