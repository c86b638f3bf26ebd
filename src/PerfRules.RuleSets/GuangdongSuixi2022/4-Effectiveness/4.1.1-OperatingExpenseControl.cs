using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.1.1 公用经费控制率 (operating-expense control), 4 points in two parts of 2: the 'three public expenses' actual
/// within their budget → 2, else 0; routine operating expenses' final figure within their (adjusted) budget → 2,
/// else 0. Both bounds are inclusive (≤).
/// </summary>
/// <remarks>
/// Facts: one <see cref="ThreePublicExpenses"/> (both amounts, or the report's statement that they stayed within
/// budget: Suixi gives no amounts) and one <see cref="OperatingExpenses"/>, compared with its adjusted budget when
/// there is one, else its budget (Suixi: none reported, so 20.88万元 as the report used).
/// </remarks>
public sealed class OperatingExpenseControl : IndicatorRule
{
    // "“三公”经费实际支出数≤三公经费预算数,得2分, 否则不得分" and the same for 日常公用经费.
    private const decimal PartPoints = 2m;

    private static readonly LocalizedText ScoresNothing = new("不得分", "scores 0");

    // A part's points, awarded or deducted, read the same in every evaluation, so are built once.
    private static readonly LocalizedText PartAwarded = ReportFormat.Awarded(PartPoints);
    private static readonly LocalizedText PartDeducted = ReportFormat.Deducted(PartPoints);

    private static readonly LocalizedText StatedWithinBudget = new("“三公”经费：报告表述未超预算（金额未披露）", "three public expenses: stated within budget (amounts not disclosed)");
    private static readonly LocalizedText StatedOverBudget = new("“三公”经费：报告表述超出预算（金额未披露）", "three public expenses: stated over budget (amounts not disclosed)");

    // The labels and verdicts are the same in every evaluation, so built once. A comparison is joined from its parts
    // with Notes.Join ("，" / ", "), which composes it only when read and writes each part straight into it.
    private static readonly LocalizedText ThreePublicActualLabel = new("“三公”经费实际支出数", "three public expenses, actual");
    private static readonly LocalizedText BudgetLabel = new("预算数", "budget");
    private static readonly LocalizedText StatedLabel = new("“三公”经费是否超预算（报告表述）", "three public expenses within budget (stated)");
    private static readonly LocalizedText FinalLabel = new("公用经费决算数", "operating expenses, final");
    private static readonly LocalizedText AdjustedBudgetLabel = new("调整预算数", "adjusted budget");
    private static readonly LocalizedText WithinBudget = new("未超预算", "within budget");
    private static readonly LocalizedText ActualAboveBudget = new("实际支出数大于预算数", "actual above budget");
    private static readonly LocalizedText FinalWithinBudget = new("决算数未超过预算数", "final within budget");
    private static readonly LocalizedText FinalAboveBudget = new("决算数大于预算数", "final above budget");
    private static readonly LocalizedText FinalWithinAdjustedBudget = new("决算数未超过调整预算数", "final within budget");
    private static readonly LocalizedText FinalAboveAdjustedBudget = new("决算数大于调整预算数", "final above budget");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.1.1",
        new LocalizedText("公用经费控制率", "Operating-expense control"),
        4m,
        new LocalizedText(
            "1. “三公”经费实际支出数≤三公经费预算数,得2分, 否则不得分； 2. 日常公用经费决算数≤日常公用经费调整预算数, 得2分, 否则不得分；",
            "1. 'Three public expenses' actual ≤ their budget: 2, else 0; 2. routine operating expenses final ≤ their adjusted budget: 2, else 0."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ThreePublicExpenses> threePublic = null!;
        IReadOnlyList<OperatingExpenses> operating = null!;
        When()
            .Collect(() => threePublic)
            .Collect(() => operating);
        Then()
            .Yield(_ => FromSingle(threePublic, operating, Score));
    }

    private IndicatorResult Score(ThreePublicExpenses threePublic, OperatingExpenses operating)
    {
        var (first, firstDeduction) = ThreePublicPart(threePublic);
        var (second, secondDeduction) = OperatingPart(operating);
        Deduction[] deductions = (firstDeduction, secondDeduction) switch
        {
            (null, null) => [],
            ({ } one, null) => [one],
            (null, { } two) => [two],
            ({ } one, { } two) => [one, two],
        };

        // Summed from 0 in order, as Enumerable.Sum sums.
        var lost = 0m;
        foreach (var deduction in deductions)
        {
            lost += deduction.Points;
        }

        var score = Weight - lost;
        return Scored(score, Notes.Numbered(first, second), deductions: deductions);
    }

    private (LocalizedText Note, Deduction? Lost) ThreePublicPart(ThreePublicExpenses expenses)
    {
        var within = expenses.IsWithinBudget!.Value;
        var outcome = within ? PartAwarded : ScoresNothing;
        if (expenses is { Budget: { } budget, Actual: { } actual })
        {
            ScoringInput[] inputs =
            [
                ScoringInput.Of(ThreePublicActualLabel, actual, ValueUnit.WanYuan, nameof(ThreePublicExpenses), nameof(ThreePublicExpenses.Actual)),
                ScoringInput.Of(BudgetLabel, budget, ValueUnit.WanYuan, nameof(ThreePublicExpenses), nameof(ThreePublicExpenses.Budget)),
            ];
            var compared = Notes.Join(inputs[0].Describe(), inputs[1].Describe(), within ? WithinBudget : ActualAboveBudget);
            return (Notes.Join(compared, outcome), within ? null : Deduction.Computed(PartPoints, Name, Notes.Join(compared, PartDeducted), inputs));
        }

        // The report states the outcome without amounts (“三公经费”控制较好，未超预算): say so rather than show figures.
        var stated = within ? StatedWithinBudget : StatedOverBudget;
        var statement = ScoringInput.OfText(StatedLabel, within ? "未超预算" : "超出预算", nameof(ThreePublicExpenses), nameof(ThreePublicExpenses.StatedWithinBudget));
        return (Notes.Join(stated, outcome), within ? null : Deduction.Computed(PartPoints, Name, Notes.Join(stated, PartDeducted), statement));
    }

    private (LocalizedText Note, Deduction? Lost) OperatingPart(OperatingExpenses expenses)
    {
        var adjusted = expenses.AdjustedBudget is not null;
        ScoringInput[] inputs =
        [
            ScoringInput.Of(FinalLabel, expenses.Final, ValueUnit.WanYuan, nameof(OperatingExpenses), nameof(OperatingExpenses.Final)),
            adjusted
                ? ScoringInput.Of(AdjustedBudgetLabel, expenses.EffectiveBudget, ValueUnit.WanYuan, nameof(OperatingExpenses), nameof(OperatingExpenses.AdjustedBudget))
                : ScoringInput.Of(BudgetLabel, expenses.EffectiveBudget, ValueUnit.WanYuan, nameof(OperatingExpenses), nameof(OperatingExpenses.Budget)),
        ];
        var within = expenses.Final <= expenses.EffectiveBudget;
        var verdict = (within, adjusted) switch
        {
            (true, true) => FinalWithinAdjustedBudget,
            (true, false) => FinalWithinBudget,
            (false, true) => FinalAboveAdjustedBudget,
            (false, false) => FinalAboveBudget,
        };
        var compared = Notes.Join(inputs[0].Describe(), inputs[1].Describe(), verdict);
        return within
            ? (Notes.Join(compared, PartAwarded), null)
            : (Notes.Join(compared, ScoresNothing), Deduction.Computed(PartPoints, Name, Notes.Join(compared, PartDeducted), inputs));
    }
}
