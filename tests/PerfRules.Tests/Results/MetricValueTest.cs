using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed class MetricValueTest
{
    private static MetricValue CompletionRate()
    {
        var actual = ScoringInput.Of(new("实际支出", "actual expenditure"), 15_635_713.52m, ValueUnit.Yuan, "BudgetExecution", "ActualExpenditure");
        var opening = ScoringInput.Of(new("年初结转", "opening carry-over"), 549_070.93m, ValueUnit.Yuan, "BudgetExecution", "OpeningFiscalCarryOver");
        var issued = ScoringInput.Of(new("下达预算", "budget issued"), 15_188_214.45m, ValueUnit.Yuan, "BudgetExecution", "BudgetIssuedByFinance");
        return new MetricValue(new("支出完成率", "expenditure completion rate"), "{0}/({1}+{2})",
            15_635_713.52m / (549_070.93m + 15_188_214.45m), ValueUnit.Percent, actual, opening, issued);
    }

    [Fact]
    public void The_template_gives_the_formula_in_words_and_with_the_numbers()
    {
        var metric = CompletionRate();

        Assert.Equal("实际支出/(年初结转+下达预算)", metric.Formula.Chinese);
        Assert.Equal("actual expenditure/(opening carry-over+budget issued)", metric.Formula.English);
        Assert.Equal("15635713.52/(549070.93+15188214.45)", metric.Arithmetic.Chinese);
        Assert.Equal("99.35%", metric.Displayed.Chinese);
        Assert.Equal(3, metric.Inputs.Count);
    }

    [Fact]
    public void The_value_is_kept_unrounded()
    {
        Assert.NotEqual(0.9935m, CompletionRate().Value);
        Assert.Equal(0.9935m, Math.Round(CompletionRate().Value, 4));
    }

    [Fact]
    public void A_template_naming_a_missing_input_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new MetricValue(new("差异率"), "({1}-{0})/{0}", 0.1m, ValueUnit.Percent, ScoringInput.Of(new("预算"), 1m, ValueUnit.Yuan)));
        Assert.Contains("({1}-{0})/{0}", e.Message);
    }

    [Fact]
    public void Metrics_built_from_the_same_inputs_are_equal()
    {
        Assert.Equal(CompletionRate(), CompletionRate());
        Assert.Equal(CompletionRate().GetHashCode(), CompletionRate().GetHashCode());
    }
}
