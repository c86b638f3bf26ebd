using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>1.2.2 目标科学性: 4 less the evaluator's judged deductions, floored at 0.</summary>
public sealed class TargetSoundnessTest
{
    private static EvaluatorFinding Finding(decimal points, string reason) => new("1.2.2", points, new LocalizedText(reason));

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new TargetSoundness(), facts);

    [Fact]
    public void No_finding_scores_4()
    {
        var result = Score();

        Assert.Equal(4m, result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void Golden_finding_no_social_benefit_indicators_costs_2()
    {
        var result = RuleHarness.Score(new TargetSoundness(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("1.2.2"), result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal((2m, DeductionKind.Judged), (deduction.Points, deduction.Kind));
        Assert.Contains("社会效益指标均未设置，扣2分", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_beyond_the_4_points_are_floored_at_0_and_the_deductions_add_up_to_4()
    {
        var result = Score(Finding(2m, "甲"), Finding(2m, "乙"), Finding(1m, "丙"));

        Assert.Equal(0m, result.Score);
        Assert.Equal(4m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void A_finding_larger_than_the_largest_item_is_an_error()
    {
        var result = Score(Finding(3m, "绩效目标不科学"));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_findings()
    {
        var forward = Score(Finding(0.5m, "指标值不清晰"), Finding(1m, "目标值测算无依据"));
        var backward = Score(Finding(1m, "目标值测算无依据"), Finding(0.5m, "指标值不清晰"));

        Assert.Equal(forward, backward);
        Assert.Equal(2.5m, forward.Score);
    }
}
