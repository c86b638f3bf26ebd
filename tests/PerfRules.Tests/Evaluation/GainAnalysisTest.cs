using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

/// <summary>Spending against a budget: the completion rate is Spent / Budget.</summary>
public sealed record Spending(decimal Budget, decimal Spent) : IFact
{
    public IReadOnlyList<FactProblem> Validate() => [];
}

/// <summary>Completion rate bands like 支出完成率's: =100% → 60; [90%, 100%) → 45; below 90% → 0.</summary>
public sealed class CompletionRule : IndicatorRule, IMetricIndicator
{
    private static readonly BandScale Bands = new(
        new Band(Interval.Exactly(1m), 60m),
        new Band(Interval.ClosedOpen(0.9m, 1m), 45m),
        new Band(Interval.Below(0.9m), 0m));

    public override IndicatorDefinition Indicator { get; } = new("1", new LocalizedText("支出完成率", "Completion rate"), 60m);

    public MetricScale Scale { get; } = MetricScale.Of(new LocalizedText("支出完成率", "completion rate"), Interval.Closed(0m, 1m), MetricDirection.HigherIsBetter, Bands);

    public override void Define()
    {
        IReadOnlyList<Spending> spending = null!;
        When().Collect(() => spending);
        Then().Yield(_ => FromSingle(spending, Score));
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        if (facts.OfType<Spending>().ToList() is not [var s] || value < 0m)
        {
            return null;
        }

        var changed = s with { Spent = value * s.Budget };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, s) ? changed : f)], nameof(Spending), nameof(Spending.Spent), s.Spent, changed.Spent);
    }

    private IndicatorResult Score(Spending s)
    {
        var metric = new MetricValue(new LocalizedText("支出完成率", "completion rate"), "{0}/{1}", Ratio.Of(s.Spent, s.Budget, "rate"), ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("支出"), s.Spent, ValueUnit.Yuan), ScoringInput.Of(new LocalizedText("预算"), s.Budget, ValueUnit.Yuan));
        var hit = Bands.Classify(metric.Value);
        Deduction[] lost = hit.Points < Weight ? [Deduction.Computed(Weight - hit.Points, Name, hit.Describe())] : [];
        return Scored(hit.Points, hit.Describe(), metric, hit.Describe(), lost);
    }
}

/// <summary>Full marks less the evaluator's findings.</summary>
public sealed class ComplianceRule : IndicatorRule
{
    public override IndicatorDefinition Indicator { get; } = new("2", new LocalizedText("财务合规性", "Compliance"), 40m);

    public override void Define()
    {
        IReadOnlyList<EvaluatorFinding> findings = null!;
        When().Collect(() => findings, f => f.IndicatorCode == "2");
        Then().Yield(_ => FromAll(findings, Score));
    }

    private IndicatorResult Score(IReadOnlyList<EvaluatorFinding> findings)
    {
        var deductions = findings.OrderBy(f => f.Reason.Chinese, StringComparer.Ordinal)
            .Select(f => new Deduction(f.Points, Name, DeductionKind.Judged, f.Reason, evidence: f.Evidence)).ToList();
        return Scored(Math.Max(0m, Weight - deductions.Sum(d => d.Points)), new LocalizedText("按核查发现扣分"), deductions: deductions);
    }
}

public sealed class GainAnalysisTest
{
    private static readonly ScorecardEvaluator Evaluator = new(RuleSet.Create("Gains", "1", new LocalizedText("提升"))
        .Indicator(new CompletionRule())
        .Indicator(new ComplianceRule())
        .Build());

    [Fact]
    public void A_rate_just_below_100_percent_gains_by_reaching_exactly_100_percent()
    {
        object[] facts = [new Spending(15_737_285.38m, 15_635_713.52m)];

        var gain = Assert.Single(GainAnalysis.Find(Evaluator, facts));

        Assert.Equal(GainKind.MoveMetric, gain.Kind);
        Assert.Equal(15m, gain.Points);
        Assert.Equal(1m, gain.MetricTo);
        Assert.Equal(15_737_285.38m, gain.Adjustment!.To);
        Assert.Contains("99.35%→100.00%", gain.Description.Chinese, StringComparison.Ordinal);
        Assert.Contains("可增加15分", gain.Description.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_below_the_lowest_band_gains_at_the_nearest_bound_not_the_top()
    {
        var gain = Assert.Single(GainAnalysis.Find(Evaluator, [new Spending(100m, 50m)]));

        Assert.Equal(0.9m, gain.MetricTo);
        Assert.Equal(45m, gain.Points);
    }

    [Fact]
    public void Judged_deductions_are_listed_as_remedies_ranked_with_the_metric_by_points()
    {
        object[] facts =
        [
            new Spending(100m, 95m),
            new EvaluatorFinding("2", 20m, new LocalizedText("账实不符"), "2022年12月47#凭证"),
            new EvaluatorFinding("2", 0.5m, new LocalizedText("个别支出不规范"), "2022年12月60#凭证"),
        ];

        var gains = GainAnalysis.Find(Evaluator, facts);

        Assert.Equal([(GainKind.Remedy, 20m), (GainKind.MoveMetric, 15m), (GainKind.Remedy, 0.5m)], gains.Select(g => (g.Kind, g.Points)));
        Assert.Equal("2022年12月47#凭证", Assert.Single(gains[0].Deduction!.Evidence));
    }

    [Fact]
    public void Full_marks_leave_nothing_to_gain()
    {
        Assert.Empty(GainAnalysis.Find(Evaluator, [new Spending(100m, 100m)]));
    }
}
