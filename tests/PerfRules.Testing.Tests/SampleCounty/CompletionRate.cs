using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>
/// 1.1 支出完成率, 4 points: actual expenditure over the funds available; = 100% → 4, [90%, 100%) → 3, [80%, 90%) → 2,
/// [70%, 80%) → 1, below 70% → 0; above 100% is bad input (the domain stops at 100%). Receives 0.5 points from 2.2 when
/// the department manages no transfer payments, and rescales its band points to its effective weight.
/// </summary>
public sealed class CompletionRate(Defects defects) : IndicatorRule, IMetricIndicator
{
    private readonly BandScale _bands = new(
        new[]
        {
            new Band(Interval.Exactly(1m), 4m),
            new Band(Interval.ClosedOpen(0.90m, 1m), 3m),
            new Band(Interval.ClosedOpen(0.80m, 0.90m), 2m),
            new Band(Interval.ClosedOpen(0.70m, 0.80m), 1m),
            new Band(Interval.ClosedOpen(0m, 0.70m), 0m),
        }.Where(b => !(defects.HasFlag(Defects.GapInCompletionBands) && b.Points == 2m)));

    public override IndicatorDefinition Indicator { get; } = new("1.1", new LocalizedText("支出完成率", "Expenditure completion rate"), 4m, new LocalizedText("结果=100%,得4分;100%>结果≥90%,得3分;90%>结果≥80%,得2分;80%>结果≥70%得1分,结果<70%,得0分。"));

    public MetricScale Scale => MetricScale.Of(new LocalizedText("支出完成率", "completion rate"), Interval.Closed(0m, 1m), MetricDirection.HigherIsBetter, _bands);

    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => budgets)
            .Collect(() => transfers);
        Then()
            .Yield(_ => FromSingle(budgets, budget => Score(budget, transfers)));
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m || Available(budget) <= 0m)
        {
            return null;
        }

        var changed = budget with { ActualExpenditure = value * Available(budget) };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)], nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure), budget.ActualExpenditure, changed.ActualExpenditure);
    }

    private static decimal Available(BudgetExecution budget) => budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;

    private IndicatorResult Score(BudgetExecution budget, IReadOnlyList<WeightTransfer> transfers)
    {
        var metric = new MetricValue(
            new LocalizedText("支出完成率", "completion rate"),
            "{0}/{1}",
            Ratio.Of(budget.ActualExpenditure, Available(budget), "支出完成率"),
            ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("年度实际支出", "actual expenditure"), budget.ActualExpenditure, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure)),
            ScoringInput.Of(new LocalizedText("可用资金", "funds available"), Available(budget), ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GeneralPublicBudgetAppropriation)));
        var effective = EffectiveWeight(transfers);
        if (metric.Value > 1m)
        {
            if (!defects.HasFlag(Defects.ScoresAboveDomain))
            {
                return Invalid([new FactProblem(nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure), new LocalizedText($"{Notes.Computation(metric).Chinese}，超过100%"))]);
            }

            return Scored(effective, new LocalizedText("超过100%，按满分计"), metric, effectiveWeight: effective);
        }

        var hit = _bands.Classify(metric.Value);
        var unrounded = hit.Points * effective / Weight;
        var score = defects.HasFlag(Defects.BankersRounding) ? Math.Round(unrounded, 2) : ScoreRounding.Round(unrounded);
        var lost = effective - score;
        Deduction[] deductions = lost > 0m ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), hit.Describe()), metric.Inputs)] : [];
        return Scored(score, Notes.Band(metric, hit), metric, hit.Describe(), deductions, effective);
    }
}
