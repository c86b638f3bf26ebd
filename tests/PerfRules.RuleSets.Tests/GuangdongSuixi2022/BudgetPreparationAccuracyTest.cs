using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// 1.1.3 预算编制准确性: part 1, 3 less 0.5 for every completed 5% of revenue variance (5% itself counts), down to 0;
/// part 2, 2 less the budget-line deductions (adjustment count, lines adjusted ≥ 20%, lines varying ≥ 50%), down to 0.
/// </summary>
public sealed class BudgetPreparationAccuracyTest
{
    private static readonly BudgetLineItem OnBudget = new("办公经费", 100_000m, null, 100_000m);

    // A revenue budget of 1,000,000: the final revenue above it is the variance rate in millionths.
    private static BudgetExecution Revenue(decimal final) =>
        new(1_000_000m, final, 0m, 0m, final, 0m, final, final);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new BudgetPreparationAccuracy(), facts);

    [Theory]
    [InlineData(1_000_000, 3)] // 0: "差异率=0，本项指标得满分3分"
    [InlineData(1_049_900, 3)] // 4.99%: no step completed
    [InlineData(1_050_000, 2.5)] // exactly 5%: "每增加5%（含）"
    [InlineData(1_099_900, 2.5)] // 9.99%
    [InlineData(1_100_000, 2)] // exactly 10%
    [InlineData(1_299_900, 0.5)] // 29.99%
    [InlineData(1_300_000, 0)] // exactly 30%: six steps use up the 3 points
    [InlineData(1_474_100, 0)] // 47.41%: nine steps, capped at 3
    [InlineData(950_000, 2.5)] // 5% below the budget: the rate takes the absolute value
    public void Part_1_loses_half_a_point_for_every_completed_5_percent(decimal final, decimal partOne)
    {
        var result = Score(Revenue(final), OnBudget);

        Assert.Equal(partOne + 2m, result.Score);
        Assert.Equal(5m - result.Score, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void A_final_below_the_budget_is_shown_as_the_report_would_subtract_it()
    {
        var result = Score(Revenue(950_000m), OnBudget);

        Assert.Contains("差异率=（100.00-95.00）/100.00=5.00%", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(150_000, 1.5)] // exactly 50% over: "50%（含）以上"
    [InlineData(149_999, 2)] // just under 50%
    [InlineData(50_000, 1.5)] // 50% under
    public void Part_2_deducts_half_a_point_for_a_line_varying_by_50_percent_or_more(decimal lineFinal, decimal partTwo)
    {
        var result = Score(Revenue(1_000_000m), new BudgetLineItem("培训费", 100_000m, null, lineFinal));

        Assert.Equal(3m + partTwo, result.Score);
    }

    [Theory]
    [InlineData(120_000, 1.5)] // adjusted by exactly 20%: "20%（含）以上"
    [InlineData(119_999, 2)] // just under 20%
    public void Part_2_deducts_half_a_point_for_a_line_adjusted_by_20_percent_or_more(decimal adjusted, decimal partTwo)
    {
        // The final equals the adjusted budget, so only the adjustment can cost anything.
        var result = Score(Revenue(1_000_000m), new BudgetLineItem("培训费", 100_000m, adjusted, adjusted));

        Assert.Equal(3m + partTwo, result.Score);
    }

    [Fact]
    public void A_line_is_compared_with_its_adjusted_budget()
    {
        // 100,000 adjusted to 110,000 (10%), spent 160,000: 45.45% over the adjusted budget, 60% over the initial one.
        var result = Score(Revenue(1_000_000m), new BudgetLineItem("培训费", 100_000m, 110_000m, 160_000m));

        Assert.Equal(5m, result.Score);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 1.5)] // "3项（含）至5项扣0.5分"
    [InlineData(4, 1.5)]
    [InlineData(5, 1)] // "5项及以上扣1分": 5 takes the heavier deduction
    [InlineData(6, 1)]
    public void Part_2_deducts_for_the_number_of_non_policy_adjustments(int count, decimal partTwo)
    {
        var lines = Enumerable.Range(1, count).Select(i => (object)new BudgetLineItem($"项目{i}", 100_000m, 105_000m, 105_000m, IsNonPolicyAdjustment: true));

        var result = Score([Revenue(1_000_000m), .. lines]);

        Assert.Equal(3m + partTwo, result.Score);
        Assert.Equal(2m - partTwo, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Part_2_is_floored_at_0_and_never_eats_into_part_1()
    {
        var lines = Enumerable.Range(1, 5).Select(i => (object)new BudgetLineItem($"项目{i}", 100_000m, null, 200_000m));

        var result = Score([Revenue(1_000_000m), .. lines]);

        Assert.Equal(3m, result.Score);
        Assert.Equal(2m, result.Deductions.Sum(d => d.Points));
        Assert.Equal(4, result.Deductions.Count);
    }

    [Fact]
    public void Golden_figures_give_47_41_percent_and_the_agency_running_costs_line_for_1_5()
    {
        var result = RuleHarness.Score(new BudgetPreparationAccuracy(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("1.1.3"), result.Score);
        Assert.Contains("预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("机关运行经费", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal([3m, 0.5m], result.Deductions.Select(d => d.Points));
        Assert.Contains("（79.78-20.88）/20.88=282.09%", result.Deductions[1].Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_budget_line_is_missing_data()
    {
        var result = Score(Revenue(1_000_000m));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(BudgetLineItem) && p.IndicatorCode == "1.1.3");
    }

    [Fact]
    public void No_budget_fact_is_missing_data()
    {
        var result = Score(OnBudget);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(BudgetExecution));
    }

    [Fact]
    public void A_revenue_budget_of_0_is_an_error_not_a_score()
    {
        var result = Score(new BudgetExecution(0m, 100m, 0m, 0m, 100m, 0m, 100m, 100m), OnBudget);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_line_with_a_negative_budget_is_an_error_naming_the_field()
    {
        var result = Score(Revenue(1_000_000m), new BudgetLineItem("培训费", -1m, null, 100m));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(BudgetLineItem) && p.Field == nameof(BudgetLineItem.Budget));
    }

    [Fact]
    public void A_line_given_twice_is_an_error()
    {
        var result = Score(Revenue(1_000_000m), OnBudget, OnBudget with { Final = 90_000m });

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_spending_line_with_no_budget_is_an_error_not_a_score()
    {
        var result = Score(Revenue(1_000_000m), new BudgetLineItem("培训费", 0m, null, 100m));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_rule_scoring_one_department_after_another_scores_each_as_a_fresh_rule_would()
    {
        // One instance, as a rule set shares it between evaluations: it keeps part 2 of the lines it scored last and
        // must reuse it only for the very same line instances in the same order.
        var rule = new BudgetPreparationAccuracy();
        var over = new BudgetLineItem("培训费", 100_000m, null, 160_000m);
        var zero = new BudgetLineItem("差旅费", 0m, null, 100m);
        var negative = new BudgetLineItem("会议费", -1m, null, 100m);
        var noRevenueBudget = new BudgetExecution(0m, 100m, 0m, 0m, 100m, 0m, 100m, 100m);
        object[][] departments =
        [
            [Revenue(1_000_000m), over, OnBudget],
            [Revenue(1_100_000m), over, OnBudget], // the budget changes, the lines stay
            [Revenue(1_100_000m), OnBudget, over], // the same lines in another order
            [Revenue(1_100_000m), over with { }, OnBudget], // an equal copy of a line
            [Revenue(1_200_000m), over with { Final = 100_000m }, OnBudget], // a changed line
            [noRevenueBudget, zero], // neither part can be measured
            [Revenue(1_000_000m), zero], // only part 2 cannot
            [noRevenueBudget, OnBudget], // only part 1 cannot
            [Revenue(1_000_000m), negative],
            [Revenue(1_050_000m), negative], // invalid lines stay invalid whatever the budget
            [Revenue(1_000_000m)],
            [Revenue(1_050_000m)], // still no lines
            [Revenue(1_000_000m), OnBudget, OnBudget with { Final = 90_000m }], // a line given twice
            [Revenue(1_000_000m), over, OnBudget], // back to the first lines
        ];

        foreach (var facts in departments)
        {
            Assert.Equal(RuleHarness.Score(new BudgetPreparationAccuracy(), facts), RuleHarness.Score(rule, facts));
        }
    }
}
