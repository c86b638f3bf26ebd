using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>
/// 2.1 预算编制准确性, 5 points in two parts: the revenue variance |final − budget| / budget deducts 0.5 for every
/// completed 5% (3 points, floored at 0); operating expenses within budget earn the other 2. Its scale carries 3 of
/// its 5 points.
/// </summary>
public sealed class BudgetVariance(Defects defects) : IndicatorRule, IMetricIndicator
{
    private const decimal OperatingPoints = 2m;
    private static readonly StepScale Steps = new(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep);

    public override IndicatorDefinition Indicator { get; } = new("2.1", new LocalizedText("预算编制准确性", "Budget accuracy"), 5m, new LocalizedText("预决算差异率每增加5%扣0.5分，扣完3分为止；公用经费未超预算得2分。"));

    public MetricScale Scale { get; } = MetricScale.Of(new LocalizedText("预决算差异率", "budget variance"), Interval.AtLeast(0m), MetricDirection.LowerIsBetter, Steps);

    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        IReadOnlyList<OperatingExpenses> expenses = null!;
        When()
            .Collect(() => budgets)
            .Collect(() => expenses);
        Then()
            .Yield(_ => FromSingle(budgets, expenses, Score));
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m || budget.FiscalAppropriationRevenueBudget <= 0m)
        {
            return null;
        }

        var changed = budget with { FiscalAppropriationRevenueFinal = budget.FiscalAppropriationRevenueBudget * (1m + value) };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)], nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueFinal), budget.FiscalAppropriationRevenueFinal, changed.FiscalAppropriationRevenueFinal);
    }

    private IndicatorResult Score(BudgetExecution budget, OperatingExpenses expenses)
    {
        var metric = new MetricValue(
            new LocalizedText("预决算差异率", "budget variance"),
            "|{0}-{1}|/{1}",
            Ratio.Of(Math.Abs(budget.FiscalAppropriationRevenueFinal - budget.FiscalAppropriationRevenueBudget), budget.FiscalAppropriationRevenueBudget, "预决算差异率"),
            ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("决算收入", "final revenue"), budget.FiscalAppropriationRevenueFinal, ValueUnit.WanYuan, nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueFinal)),
            ScoringInput.Of(new LocalizedText("预算收入", "budgeted revenue"), budget.FiscalAppropriationRevenueBudget, ValueUnit.WanYuan, nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueBudget)));
        var step = Steps.Apply(metric.Value);
        var withinBudget = expenses.Final <= expenses.EffectiveBudget;
        var deductions = new List<Deduction>();
        if (step.PointsDeducted > 0m)
        {
            deductions.Add(Deduction.Computed(step.PointsDeducted, Name, Notes.Step(metric, step, stateInputs: false), metric.Inputs));
        }

        if (!withinBudget && !defects.HasFlag(Defects.DeductionMissing))
        {
            deductions.Add(Deduction.Computed(OperatingPoints, Name, new LocalizedText($"公用经费决算数{ReportFormat.Yuan(expenses.Final)}元超过预算数{ReportFormat.Yuan(expenses.EffectiveBudget)}元，扣2分")));
        }

        return Scored(step.Score + (withinBudget ? OperatingPoints : 0m), Notes.Step(metric, step), metric, step.Describe(), deductions);
    }
}
