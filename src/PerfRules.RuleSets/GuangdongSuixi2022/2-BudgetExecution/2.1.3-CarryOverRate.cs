using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.3 结转结余率 (carry-over rate), 3 points: closing fiscal carry-over over the funds available
/// (opening carry-over + general public budget appropriation + government fund appropriation); lower is better.
/// </summary>
/// <remarks>
/// A county that keeps the rate but prints other bands derives from this class and passes its bands and criteria to
/// the protected constructor, rather than copying the rule (samples/PerfRules.Samples.CustomCounty does).
/// </remarks>
public class CarryOverRate : IndicatorRule, IMetricIndicator
{
    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText RateName = new("结转结余率", "carry-over rate");
    private static readonly LocalizedText ClosingCarryOverLabel = new("年末财政拨款结转和结余", "closing fiscal carry-over");
    private static readonly LocalizedText OpeningCarryOverLabel = new("年初财政拨款结转和结余", "opening fiscal carry-over");
    private static readonly LocalizedText GeneralAppropriationLabel = new("一般公共预算财政拨款", "general public budget appropriation");
    private static readonly LocalizedText FundAppropriationLabel = new("政府性基金预算财政拨款", "government fund appropriation");

    // "结转结余率≤10%，得3分；10%＜结转结余率≤20%，得2分；20%＜结转结余率≤30%，得1分；结转结余率＞30%，得0分".
    private static readonly BandScale SuixiBands = new(
        new Band(Interval.AtMost(0.10m), 3m),
        new Band(Interval.OpenClosed(0.10m, 0.20m), 2m),
        new Band(Interval.OpenClosed(0.20m, 0.30m), 1m),
        new Band(Interval.Above(0.30m), 0m));

    private static readonly LocalizedText SuixiCriteria = new(
        "结转结余率=年末财政拨款结转和结余/（年初财政拨款结转和结余+一般公共预算财政拨款+政府性基金预算财政拨款）。结转结余率≤10%，得3分；10%＜结转结余率≤20%，得2分；20%＜结转结余率≤30%，得1分；结转结余率＞30%，得0分。",
        "Rate = closing fiscal carry-over / (opening fiscal carry-over + general public budget appropriation + government fund appropriation). rate ≤ 10%: 3; 10% < rate ≤ 20%: 2; 20% < rate ≤ 30%: 1; rate > 30%: 0.");

    private readonly BandScale _bands;

    /// <summary>The Suixi 2022 row.</summary>
    public CarryOverRate()
        : this(SuixiBands, SuixiCriteria)
    {
    }

    /// <summary>The same rate on a county's own bands, for a derived rule.</summary>
    /// <param name="bands">The bands, over the rate as a fraction (0.1 is 10%); the best must give the row's 3 points.</param>
    /// <param name="criteria">The criteria text (评分标准) that prints those bands.</param>
    /// <exception cref="ArgumentException">No band gives the row's 3 points, or one gives more.</exception>
    protected CarryOverRate(BandScale bands, LocalizedText criteria)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(criteria);
        _bands = bands;
        Indicator = new IndicatorDefinition("2.1.3", new LocalizedText("结转结余率", "Carry-over rate"), 3m, criteria);
        if (bands.Bands.Max(b => b.Points) != Indicator.Weight)
        {
            throw new ArgumentException($"The best band must give the row's {Indicator.Weight} points.", nameof(bands));
        }

        Scale = MetricScale.Of(RateName, Interval.AtLeast(0m), MetricDirection.LowerIsBetter, bands);
    }

    /// <inheritdoc />
    public sealed override IndicatorDefinition Indicator { get; }

    /// <inheritdoc />
    public MetricScale Scale { get; }

    /// <inheritdoc />
    public sealed override void Define()
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

        var closing = value * Available(budget);
        var changed = budget with { ClosingFiscalCarryOver = closing };
        return new MetricAdjustment(
            [.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)],
            nameof(BudgetExecution),
            nameof(BudgetExecution.ClosingFiscalCarryOver),
            budget.ClosingFiscalCarryOver,
            closing);
    }

    private static decimal Available(BudgetExecution budget) =>
        budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;

    private IndicatorResult Score(BudgetExecution budget)
    {
        var available = Available(budget);
        var metric = new MetricValue(
            RateName,
            "{0}/({1}+{2}+{3})",
            Ratio.Of(budget.ClosingFiscalCarryOver, available, "结转结余率 (carry-over rate)"),
            ValueUnit.Percent,
            ScoringInput.Of(ClosingCarryOverLabel, budget.ClosingFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.ClosingFiscalCarryOver)),
            ScoringInput.Of(OpeningCarryOverLabel, budget.OpeningFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.OpeningFiscalCarryOver)),
            ScoringInput.Of(GeneralAppropriationLabel, budget.GeneralPublicBudgetAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GeneralPublicBudgetAppropriation)),
            ScoringInput.Of(FundAppropriationLabel, budget.GovernmentFundAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GovernmentFundAppropriation)));
        var hit = _bands.Classify(metric.Value);
        var described = hit.Describe();
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), described), metric.Inputs)]
            : [];
        return Scored(hit.Points, Notes.Band(metric, hit, stateInputs: false), metric, described, deductions);
    }
}
