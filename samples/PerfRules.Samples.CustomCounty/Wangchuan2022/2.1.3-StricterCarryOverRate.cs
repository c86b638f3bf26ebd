using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Samples.CustomCounty.Wangchuan2022;

/// <summary>
/// 2.1.3 结转结余率 (carry-over rate), 3 points, with the county's stricter bands: ≤ 5% → 3, (5%, 10%] → 2,
/// (10%, 15%] → 1, &gt; 15% → 0. Suixi gives 3 up to 10% and stops scoring at 30%. The rate is Suixi's: closing fiscal
/// carry-over over the funds available.
/// </summary>
/// <remarks>
/// Implements <see cref="IMetricIndicator"/> so that property tests probe every bound of the new bands and gain analysis
/// finds the nearest one worth more points.
/// </remarks>
public sealed class StricterCarryOverRate : IndicatorRule, IMetricIndicator
{
    // "结转结余率≤5%，得3分；5%＜结转结余率≤10%，得2分；10%＜结转结余率≤15%，得1分；结转结余率＞15%，得0分".
    private static readonly BandScale Bands = new(
        new Band(Interval.AtMost(0.05m), 3m),
        new Band(Interval.OpenClosed(0.05m, 0.10m), 2m),
        new Band(Interval.OpenClosed(0.10m, 0.15m), 1m),
        new Band(Interval.Above(0.15m), 0m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.3",
        new LocalizedText("结转结余率", "Carry-over rate"),
        3m,
        new LocalizedText(
            "结转结余率=年末财政拨款结转和结余/（年初财政拨款结转和结余+一般公共预算财政拨款+政府性基金预算财政拨款）。结转结余率≤5%，得3分；5%＜结转结余率≤10%，得2分；10%＜结转结余率≤15%，得1分；结转结余率＞15%，得0分。",
            "Rate = closing fiscal carry-over / (opening fiscal carry-over + general public budget appropriation + government fund appropriation). rate ≤ 5%: 3; 5% < rate ≤ 10%: 2; 10% < rate ≤ 15%: 1; rate > 15%: 0."));

    /// <inheritdoc />
    public MetricScale Scale { get; } = MetricScale.Of(new LocalizedText("结转结余率", "carry-over rate"), Interval.AtLeast(0m), MetricDirection.LowerIsBetter, Bands);

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        When()
            .Collect(() => budgets);
        Then()
            .Yield(_ => FromSingle(budgets, Score));
    }

    /// <inheritdoc />
    /// <remarks>Moves the closing carry-over (年末财政拨款结转和结余); the funds available stay as they are.</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m || Available(budget) <= 0m)
        {
            return null;
        }

        var changed = budget with { ClosingFiscalCarryOver = value * Available(budget) };
        return new MetricAdjustment(
            [.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)],
            nameof(BudgetExecution),
            nameof(BudgetExecution.ClosingFiscalCarryOver),
            budget.ClosingFiscalCarryOver,
            changed.ClosingFiscalCarryOver);
    }

    private static decimal Available(BudgetExecution budget) =>
        budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;

    private IndicatorResult Score(BudgetExecution budget)
    {
        var metric = new MetricValue(
            new LocalizedText("结转结余率", "carry-over rate"),
            "{0}/({1}+{2}+{3})",
            Ratio.Of(budget.ClosingFiscalCarryOver, Available(budget), "结转结余率 (carry-over rate)"),
            ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("年末财政拨款结转和结余", "closing fiscal carry-over"), budget.ClosingFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.ClosingFiscalCarryOver)),
            ScoringInput.Of(new LocalizedText("年初财政拨款结转和结余", "opening fiscal carry-over"), budget.OpeningFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.OpeningFiscalCarryOver)),
            ScoringInput.Of(new LocalizedText("一般公共预算财政拨款", "general public budget appropriation"), budget.GeneralPublicBudgetAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GeneralPublicBudgetAppropriation)),
            ScoringInput.Of(new LocalizedText("政府性基金预算财政拨款", "government fund appropriation"), budget.GovernmentFundAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GovernmentFundAppropriation)));
        var hit = Bands.Classify(metric.Value);
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), hit.Describe()), metric.Inputs)]
            : [];
        return Scored(hit.Points, Notes.Band(metric, hit, stateInputs: false), metric, hit.Describe(), deductions);
    }
}
