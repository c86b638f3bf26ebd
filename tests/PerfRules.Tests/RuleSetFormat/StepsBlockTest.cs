using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The steps block: 预决算差异率, 3 points, 0.5 for every 5% of variance, floored at 0.</summary>
public sealed class StepsBlockTest
{
    private static string Steps(string counting) => $$"""
        {
          "kind": "steps",
          "metric": {
            "name": "预决算差异率",
            "formula": "abs(BudgetExecution.FiscalAppropriationRevenueFinal - BudgetExecution.FiscalAppropriationRevenueBudget) / BudgetExecution.FiscalAppropriationRevenueBudget",
            "unit": "percent"
          },
          "labels": {
            "BudgetExecution.FiscalAppropriationRevenueBudget": { "zh": "预算收入", "unit": "wanYuan" },
            "BudgetExecution.FiscalAppropriationRevenueFinal": { "zh": "决算收入", "unit": "wanYuan" }
          },
          "threshold": 0,
          "step": "5%",
          "pointsPerStep": 0.5,
          "counting": "{{counting}}"
        }
        """;

    private static BudgetExecution Variance(decimal final) => Suixi.Budget with { FiscalAppropriationRevenueBudget = 100m, FiscalAppropriationRevenueFinal = final };

    [Theory]
    [InlineData("completed", 100, 3)]
    [InlineData("completed", 104.99, 3)]
    [InlineData("completed", 105, 2.5)]
    [InlineData("completed", 109.99, 2.5)]
    [InlineData("completed", 130, 0)]
    [InlineData("started", 100, 3)]
    [InlineData("started", 100.01, 2.5)]
    [InlineData("started", 105, 2.5)]
    [InlineData("started", 105.01, 2)]
    public void Steps_count_as_the_document_says(string counting, decimal final, decimal score)
    {
        Assert.Equal(score, Documents.Score(3, Steps(counting), Variance(final)).Score);
    }

    [Fact]
    public void The_suixi_variance_of_47_41_percent_deducts_all_3_points_and_says_so_like_the_report()
    {
        var row = Documents.Score(3, Steps("completed"), Suixi.Budget);

        Assert.Equal(0m, row.Score);
        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(3m, deduction.Points);
        Assert.Equal("预决算差异率=（1518.82-1030.36）/1030.36=47.41%，计9步，应扣4.5分，以3分为限，扣3分", deduction.Reason.Chinese);
        Assert.StartsWith("决算收入1518.82万元，预算收入1030.36万元，预决算差异率=", row.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal("计9步，应扣4.5分，以3分为限，扣3分", row.Hit!.Chinese);
    }

    [Fact]
    public void A_steps_indicator_is_a_metric_indicator_lower_is_better()
    {
        var rule = PerfRules.RuleSetFormat.RuleSetJson.Load(Documents.Leaf(3, Steps("completed"))).IndicatorRules.Single();

        var metric = Assert.IsAssignableFrom<PerfRules.Evaluation.IMetricIndicator>(rule);
        Assert.Equal(PerfRules.Evaluation.MetricDirection.LowerIsBetter, metric.Scale.Direction);
        Assert.Equal([0m, 0.05m, 0.10m, 0.15m, 0.20m, 0.25m, 0.30m], metric.Scale.Bounds());
        Assert.Equal(IndicatorOutcome.Scored, Documents.Score(3, Steps("completed"), Suixi.Budget).Outcome);
    }

    [Fact]
    public void A_display_formula_shows_the_arithmetic_the_report_writes_while_the_formula_guards_a_zero_budget()
    {
        const string Guarded = """
            {
              "kind": "steps",
              "metric": {
                "name": "差异率",
                "formula": "if(BudgetExecution.FiscalAppropriationRevenueBudget == BudgetExecution.FiscalAppropriationRevenueFinal, 0, abs(BudgetExecution.FiscalAppropriationRevenueFinal - BudgetExecution.FiscalAppropriationRevenueBudget) / BudgetExecution.FiscalAppropriationRevenueBudget)",
                "display": "abs(BudgetExecution.FiscalAppropriationRevenueBudget - BudgetExecution.FiscalAppropriationRevenueFinal) / BudgetExecution.FiscalAppropriationRevenueBudget",
                "unit": "percent"
              },
              "threshold": 0, "step": "5%", "pointsPerStep": 0.5, "counting": "completed",
              "labels": {
                "BudgetExecution.FiscalAppropriationRevenueBudget": { "zh": "预算收入", "unit": "wanYuan" },
                "BudgetExecution.FiscalAppropriationRevenueFinal": { "zh": "决算收入", "unit": "wanYuan" }
              }
            }
            """;

        var larger = Documents.Score(3, Guarded, Suixi.Budget with { FiscalAppropriationRevenueBudget = 10_303_600m, FiscalAppropriationRevenueFinal = 15_188_200m });
        var zero = Documents.Score(3, Guarded, Suixi.Budget with { FiscalAppropriationRevenueBudget = 0m, FiscalAppropriationRevenueFinal = 0m });

        Assert.Equal("预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分", larger.Note.Chinese);
        Assert.Equal(3m, zero.Score);
        Assert.Contains("差异率=（0.00-0.00）/0.00=0.00%", zero.Note.Chinese, StringComparison.Ordinal);
        var wrong = Guarded.Replace("\"display\": \"abs(", "\"display\": \"BudgetExecution.ActualExpenditure + abs(", StringComparison.Ordinal);
        Assert.Contains("显示公式display读取了计算公式没有读取的值", Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(3, wrong))).Errors).Message.Chinese, StringComparison.Ordinal);
    }
}
