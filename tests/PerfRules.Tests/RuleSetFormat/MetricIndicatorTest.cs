using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// A JSON leaf scored by bands or steps is an <see cref="IMetricIndicator"/>: it exposes its scale and, when its metric is a
/// ratio <c>T.F / expression</c>, moves <c>T.F</c> to put the metric exactly where a tool asks.
/// </summary>
public sealed class MetricIndicatorTest
{
    private static readonly RuleSet Suixi = TestDocuments.Load("suixi-2022-extract.json");

    private static IMetricIndicator Metric(string code) => Assert.IsAssignableFrom<IMetricIndicator>(Suixi.IndicatorRules.Single(r => r.Indicator.Code == code));

    [Fact]
    public void Bands_expose_their_scale_domain_and_direction()
    {
        var carryOver = Metric("2.1.3").Scale;

        Assert.Equal("结转结余率", carryOver.MetricName.Chinese);
        Assert.Equal(MetricDirection.LowerIsBetter, carryOver.Direction);
        Assert.Equal([0.1m, 0.2m, 0.3m], carryOver.Bounds());
        Assert.Equal(MetricDirection.HigherIsBetter, Metric("2.1.2").Scale.Direction);
        Assert.Equal([0m, 0.7m, 0.8m, 0.9m, 1m], Metric("2.1.2").Scale.Bounds());
    }

    [Theory]
    [InlineData(0.10, 3)]
    [InlineData(0.1000001, 2)]
    [InlineData(0.30, 1)]
    [InlineData(0.31, 0)]
    public void Adjust_moves_the_numerator_so_the_metric_lands_exactly_on_the_value(decimal value, decimal score)
    {
        var facts = TestDocuments.SuixiFacts();

        var adjustment = Metric("2.1.3").Adjust(facts, value)!;
        var card = new ScorecardEvaluator(Suixi).Evaluate(adjustment.Facts);

        Assert.Equal(("BudgetExecution", "ClosingFiscalCarryOver"), (adjustment.FactType, adjustment.Field));
        Assert.Equal(101_571.86m, adjustment.From);
        Assert.Equal(value, card["2.1.3"].Metric!.Value);
        Assert.Equal(score, card["2.1.3"].Score);
        Assert.Equal(facts.Count, adjustment.Facts.Count);
    }

    [Fact]
    public void Adjust_gives_null_when_the_metric_cannot_be_moved()
    {
        var facts = TestDocuments.SuixiFacts();
        var withoutBudget = facts.Where(f => f is not BudgetExecution).ToList();
        var notARatio = RuleSetJson.Load(Documents.Leaf(3, """
            { "kind": "bands", "metric": { "name": "率", "formula": "abs(Procurement.Actual - Procurement.Planned) / Procurement.Planned" },
              "bands": [ { "range": "(-inf, +inf)", "points": 3 } ] }
            """)).IndicatorRules.OfType<IMetricIndicator>().Single();

        Assert.Null(Metric("2.1.3").Adjust(withoutBudget, 0.1m));
        Assert.Null(Metric("2.1.3").Adjust(facts, -0.1m));
        Assert.Null(notARatio.Adjust([new Procurement(100m, 50m)], 0.2m));
    }

    [Fact]
    public void Leaves_scored_otherwise_are_not_metric_indicators()
    {
        Assert.IsNotAssignableFrom<IMetricIndicator>(Suixi.IndicatorRules.Single(r => r.Indicator.Code == "2.1.6"));
        Assert.IsNotAssignableFrom<IMetricIndicator>(Suixi.IndicatorRules.Single(r => r.Indicator.Code == "3.1.3"));
    }
}
