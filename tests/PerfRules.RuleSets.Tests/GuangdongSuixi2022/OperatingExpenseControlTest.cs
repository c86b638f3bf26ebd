using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>4.1.1 公用经费控制率: 三公经费 actual ≤ budget → 2; operating expenses final ≤ (adjusted) budget → 2.</summary>
public sealed class OperatingExpenseControlTest
{
    private static readonly ThreePublicExpenses StatedWithin = new(null, null, true);

    [Fact]
    public void Final_exactly_at_the_budget_keeps_the_2_points()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [StatedWithin, new OperatingExpenses(208_800m, null, 208_800m)]);

        Assert.Equal(4m, result.Score);
    }

    [Fact]
    public void Final_one_fen_above_the_budget_loses_the_2_points()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [StatedWithin, new OperatingExpenses(208_800m, null, 208_800.01m)]);

        Assert.Equal(2m, result.Score);
        Assert.Equal(2m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void The_adjusted_budget_is_the_one_compared()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [StatedWithin, new OperatingExpenses(208_800m, 800_000m, 797_800m)]);

        Assert.Equal(4m, result.Score);
        Assert.Contains("调整预算数80.00万元", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000, 4)] // actual equal to budget: "≤"
    [InlineData(100_000.01, 2)]
    public void Three_public_expenses_amounts_are_compared_inclusively(decimal actual, decimal expected)
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [new ThreePublicExpenses(100_000m, actual), new OperatingExpenses(1m, null, 1m)]);

        Assert.Equal(expected, result.Score);
    }

    [Fact]
    public void A_statement_contradicting_the_amounts_is_an_error()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [new ThreePublicExpenses(100m, 200m, true), new OperatingExpenses(1m, null, 1m)]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(ThreePublicExpenses.StatedWithinBudget) && p.IndicatorCode == "4.1.1");
    }

    [Fact]
    public void No_operating_expense_fact_is_missing_data()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), [StatedWithin]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(OperatingExpenses));
    }

    [Fact]
    public void Golden_figures_give_the_verified_2_with_the_reports_numbers()
    {
        var result = RuleHarness.Score(new OperatingExpenseControl(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("4.1.1"), result.Score);
        Assert.Contains("公用经费决算数79.78万元，预算数20.88万元，决算数大于预算数，不得分", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("报告表述未超预算", result.Note.Chinese, StringComparison.Ordinal);
    }
}
