using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>1.2 结转结余率, 3 points: closing carry-over over the funds available; ≤ 10% → 3, (10%, 20%] → 2, (20%, 30%] → 1, above 30% → 0.</summary>
public sealed class CarryOverRate(Defects defects) : IndicatorRule, IMetricIndicator
{
    private static readonly BandScale Declared = new(
        new Band(Interval.AtMost(0.10m), 3m),
        new Band(Interval.OpenClosed(0.10m, 0.20m), 2m),
        new Band(Interval.OpenClosed(0.20m, 0.30m), 1m),
        new Band(Interval.Above(0.30m), 0m));

    // The planted mistake: "≤ 10%" read as "below 10%", every bound moved to the other band.
    private static readonly BandScale Misread = new(
        new Band(Interval.Below(0.10m), 3m),
        new Band(Interval.ClosedOpen(0.10m, 0.20m), 2m),
        new Band(Interval.ClosedOpen(0.20m, 0.30m), 1m),
        new Band(Interval.AtLeast(0.30m), 0m));

    public override IndicatorDefinition Indicator { get; } = new("1.2", new LocalizedText("结转结余率", "Carry-over rate"), 3m, new LocalizedText("结转结余率≤10%，得3分；10%＜结转结余率≤20%，得2分；20%＜结转结余率≤30%，得1分；结转结余率＞30%，得0分。"));

    public MetricScale Scale { get; } = MetricScale.Of(new LocalizedText("结转结余率", "carry-over rate"), Interval.AtLeast(0m), MetricDirection.LowerIsBetter, Declared);

    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        When()
            .Collect(() => budgets);
        Then()
            .Yield(_ => FromSingle(budgets, Score));
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m || Available(budget) <= 0m)
        {
            return null;
        }

        var changed = budget with { ClosingFiscalCarryOver = value * Available(budget) };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)], nameof(BudgetExecution), nameof(BudgetExecution.ClosingFiscalCarryOver), budget.ClosingFiscalCarryOver, changed.ClosingFiscalCarryOver);
    }

    private static decimal Available(BudgetExecution budget) => budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;

    private IndicatorResult Score(BudgetExecution budget)
    {
        var metric = new MetricValue(
            new LocalizedText("结转结余率", "carry-over rate"),
            "{0}/{1}",
            Ratio.Of(budget.ClosingFiscalCarryOver, Available(budget), "结转结余率"),
            ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("年末结转和结余", "closing carry-over"), budget.ClosingFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.ClosingFiscalCarryOver)),
            ScoringInput.Of(new LocalizedText("可用资金", "funds available"), Available(budget), ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GeneralPublicBudgetAppropriation)));
        var hit = (defects.HasFlag(Defects.CarryOverBoundExclusive) ? Misread : Declared).Classify(metric.Value);
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), hit.Describe()), metric.Inputs)] : [];
        return Scored(hit.Points, Notes.Band(metric, hit), metric, hit.Describe(), deductions);
    }
}
