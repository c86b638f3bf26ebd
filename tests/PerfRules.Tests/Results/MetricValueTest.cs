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

    [Theory]
    [InlineData("{0}-{1}")]
    [InlineData("{{{0}}}/{1}")]
    [InlineData("{1,8}|{0:x}")]
    [InlineData("{00}+{1}")]
    [InlineData("({0}+{0})/{1}")]
    [InlineData("no inputs")]
    public void Any_template_fills_as_string_format_does(string template)
    {
        var budget = ScoringInput.Of(new("预算收入", "budgeted revenue"), 10_303_600m, ValueUnit.WanYuan);
        var rate = ScoringInput.Of(new("比率"), 0.4741m, ValueUnit.Percent);
        var metric = new MetricValue(new("差异率"), template, 0.1m, ValueUnit.Percent, budget, rate);

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(string.Format(invariant, template, "预算收入", "比率"), metric.Formula.Chinese);
        Assert.Equal(string.Format(invariant, template, "budgeted revenue", "比率"), metric.Formula.English);
        Assert.Equal(string.Format(invariant, template, "1030.36", "47.41%"), metric.Arithmetic.Chinese);
        Assert.Equal(string.Format(invariant, template, "10.3036", "47.41%"), metric.Arithmetic.English);
    }

    [Theory]
    [InlineData("{0}}")]
    [InlineData("{0")]
    [InlineData("{a}")]
    [InlineData("}{0}")]
    public void A_template_string_format_rejects_is_rejected(string template)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new MetricValue(new("差异率"), template, 0.1m, ValueUnit.Percent, ScoringInput.Of(new("预算"), 1m, ValueUnit.Yuan)));
        Assert.IsType<FormatException>(e.InnerException);
    }
}
