using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 1.1.2 预算编制规范性 (conformity of budget preparation), 4 points: project library (1) and project budgets broken
/// down (1), judged (<see cref="ChecklistAnswer"/> items "1" and "2"); transfer payments issued in advance, general ≥ 90%
/// (1) and special ≥ 70% (1), pro rata below. A department that declares it manages no transfer payments
/// (<see cref="TransferPaymentScope"/>) has item 3's 2 points spread evenly over items 1 and 2, which become worth 2 each.
/// </summary>
public sealed class BudgetPreparationConformity : IndicatorRule
{
    // "按要求提前于2021年11月底前…下达": the last day of November 2021, included ("X日前" includes day X, convention C5).
    private static readonly DateOnly AdvanceDeadline = new(2021, 11, 30);

    private static readonly LocalizedText ProjectLibrary = new("按要求做实做细部门项目库工作，及时储备市级部门项目", "the project library is kept up and projects are stocked in time");
    private static readonly LocalizedText ProjectBreakdown = new("项目支出预算按要求细化到具体用款单位和具体执行项目", "project budgets are broken down to spending units and projects");

    // Item 3's two parts: "一般性…转移支付提前下达比例达到90%的，得1分，专项转移支付提前下达比例达到70%的，得1分，未达到提前下达比例的，按比例扣分".
    private static readonly (TransferPaymentKind Kind, decimal Required, LocalizedText Name)[] AdvanceParts =
    [
        (TransferPaymentKind.General, 0.90m, new LocalizedText("一般性转移支付", "general transfer payments")),
        (TransferPaymentKind.Special, 0.70m, new LocalizedText("专项转移支付", "special transfer payments")),
    ];

    private static readonly Proportional AdvancePart = new(1m, ExcessPolicy.CapAtFull);

    // The items' weights, and the checklist of items 1 and 2, as they stand with and without transfer payments: fixed,
    // so built once rather than on every evaluation.
    private static readonly Reallocation Weights = new(("1", 1m), ("2", 1m), ("3", 2m));
    private static readonly Reallocation WeightsWithoutTransfers = Weights.SpreadEvenly("3", "1", "2");
    private static readonly Checklist JudgedItems = JudgedChecklist(Weights);
    private static readonly Checklist JudgedItemsWithoutTransfers = JudgedChecklist(WeightsWithoutTransfers);

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "1.1.2",
        new LocalizedText("预算编制规范性", "Conformity of budget preparation"),
        4m,
        new LocalizedText(
            "1. 按要求做实做细部门项目库工作，及时储备市级部门项目，得1分； 2. 除自然灾害等特殊项目外，项目支出预算按要求细化到具体用款单位和具体执行项目，得1分； 3. 按要求提前于2021年11月底前将主管的市级一般性转移支付和专项转移支付下达县（市、区），一般性专项转移支付提前下达比例达到90%的，得1分，专项转移支付提前下达比例达到70%的，得1分，未达到提前下达比例的，按比例扣分。 （注：无转移支付需提前下达的部门，经部门备注说明后该指标不考核，分值平均增加至“预算编制规范性”的第1和第2项指标） 根据以上评价要点结合实际情况核定分数。",
            "1. The project library is kept up and projects are stocked in time: 1 point; 2. except special projects such as natural disasters, project budgets are broken down to spending units and projects: 1 point; 3. transfer payments are issued to the counties in advance, by the end of November 2021: general transfer payments at 90% or more of their amount: 1 point, special transfer payments at 70% or more: 1 point, pro rata below. (A department with no transfer payments to issue in advance, once it says so, is not assessed on item 3, whose points are spread evenly over items 1 and 2.)"));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<TransferPaymentScope> scopes = null!;
        IReadOnlyList<TransferPayment> transfers = null!;
        IReadOnlyList<ChecklistAnswer> answers = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        When()
            .Collect(() => scopes)
            .Collect(() => transfers)
            .Collect(() => answers, a => a.IndicatorCode == "1.1.2")
            .Collect(() => findings, f => f.IndicatorCode == "1.1.2");
        Then()
            .Yield(_ => Score(scopes, transfers, answers, findings));
    }

    // The other facts go to the scoring as state for a static function: a lambda capturing them would be allocated,
    // with its delegate, on every firing.
    private IndicatorResult Score(
        IReadOnlyList<TransferPaymentScope> scopes, IReadOnlyList<TransferPayment> transfers, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings) =>
        FromSingle(scopes, (Rule: this, Transfers: transfers, Answers: answers, Findings: findings), static (scope, s) => s.Rule.Score(scope, s.Transfers, s.Answers, s.Findings));

    private IndicatorResult Score(TransferPaymentScope scope, IReadOnlyList<TransferPayment> transfers, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        var (weights, checklist) = scope.ManagesTransferPayments ? (Weights, JudgedItems) : (WeightsWithoutTransfers, JudgedItemsWithoutTransfers);
        var errors = Unscored.ProblemsOf(StableOrder.Sorted(transfers, StableOrder.TransferPayments));
        errors.AddRange(JudgedScoring.Errors(checklist, answers, findings, Math.Max(checklist.Items[0].Points, checklist.Items[1].Points)));
        if (TransferPaymentDeclaration.Contradiction(scope, transfers) is { } contradiction)
        {
            errors.Add(contradiction);
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        // Answered items and declared transfers, the usual case, build no list.
        var missing = JudgedScoring.Unanswered(checklist, answers);
        if (scope.ManagesTransferPayments && transfers.Count == 0)
        {
            missing = [.. missing, TransferPaymentDeclaration.NoneGiven];
        }

        if (missing.Count > 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, missing);
        }

        var tally = JudgedScoring.Tally(Name, checklist, answers, findings);
        if (!scope.ManagesTransferPayments)
        {
            var each = ReportFormat.Points(weights.EffectiveWeight("1"));
            var spread = LocalizedText.WithEnglishOnRead(
                $"部门说明无主管的转移支付资金（{scope.Statement}），第3项不考核，其2分平均增加至第1项和第2项（各{each}分）",
                (scope.Statement, each),
                static s => $"the department states it manages no transfer payments ({s.Statement}): item 3 is not assessed and its 2 points are spread evenly over items 1 and 2 ({s.each} each)");
            return Scored(tally.Score, Notes.Join(spread, tally.Note), deductions: tally.Deductions);
        }

        // A kind whose transfer payments add up to 0 has no share issued in advance: bad input in its amounts, not in the
        // department's declaration (a zero denominator would otherwise be reported against TransferPaymentScope).
        var unmeasurable = AdvanceParts.Where(p => transfers.Any(t => t.Kind == p.Kind) && transfers.Where(t => t.Kind == p.Kind).Sum(t => t.Amount) == 0m).ToList();
        if (unmeasurable.Count > 0)
        {
            return Invalid([Unscored.Problem(nameof(TransferPayment), nameof(TransferPayment.Amount),
                $"{string.Join("、", unmeasurable.Select(p => p.Name.Chinese))}金额合计为0，无法计算提前下达比例",
                $"The {string.Join(" and ", unmeasurable.Select(p => p.Name.Get(Language.English)))} add up to 0, so no share issued in advance can be computed")]);
        }

        var parts = AdvanceParts.Select(p => Advance(p.Kind, p.Required, p.Name, transfers)).ToList();
        var advanced = parts.Sum(p => p.Score);
        var deductions = tally.Deductions.ToList();
        // One deduction for item 3, so that the deductions add up to the rounded score whatever the proportions.
        var itemThreeLost = weights.OriginalWeight("3") - ScoreRounding.Round(advanced);
        if (itemThreeLost > 0m)
        {
            deductions.Add(Deduction.Computed(
                itemThreeLost,
                Name,
                Notes.Join([.. parts.Select(p => p.Note), ReportFormat.Deducted(itemThreeLost)]),
                parts.SelectMany(p => p.Inputs)));
        }

        return Scored(tally.Score + advanced, Notes.Numbered(tally.Note, Notes.Join(parts.Select(p => p.Note))), deductions: deductions);
    }

    private static Checklist JudgedChecklist(Reallocation weights) => new(
        new ChecklistItem("1", ProjectLibrary, weights.EffectiveWeight("1")),
        new ChecklistItem("2", ProjectBreakdown, weights.EffectiveWeight("2")));

    private static AdvanceResult Advance(TransferPaymentKind kind, decimal required, LocalizedText name, IReadOnlyList<TransferPayment> transfers)
    {
        var ofKind = transfers.Where(t => t.Kind == kind).ToList();
        if (ofKind.Count == 0)
        {
            // Nothing of this kind had to be issued in advance, so nothing was late: the part scores in full.
            return new AdvanceResult(1m, LocalizedText.WithEnglishOnRead($"无{name.Chinese}需提前下达，该项得1分", name, static n => $"no {n.Get(Language.English)} to issue in advance: 1 point"), []);
        }

        var total = ofKind.Sum(t => t.Amount);
        var early = ofKind.Where(t => t.IssuedOn is { } issued && issued <= AdvanceDeadline).Sum(t => t.Amount);
        var metric = new MetricValue(
            LocalizedText.WithEnglishOnRead($"{name.Chinese}提前下达比例", name, static n => $"share of {n.Get(Language.English)} issued in advance"),
            "{0}/{1}",
            Ratio.Of(early, total, $"{name.Chinese}提前下达比例"),
            ValueUnit.Percent,
            ScoringInput.Of(LocalizedText.WithEnglishOnRead($"2021年11月底前下达的{name.Chinese}", name, static n => $"{n.Get(Language.English)} issued by 2021-11-30"), early, ValueUnit.Yuan, nameof(TransferPayment), nameof(TransferPayment.Amount)),
            ScoringInput.Of(LocalizedText.WithEnglishOnRead($"{name.Chinese}合计", name, static n => $"all {n.Get(Language.English)}"), total, ValueUnit.Yuan, nameof(TransferPayment), nameof(TransferPayment.Amount)));
        var part = AdvancePart.Apply(metric.Value, required);
        var note = LocalizedText.WithEnglishOnRead(
            $"{Notes.Computation(metric).Chinese}，要求达到{ReportFormat.PercentBound(required)}，得{ReportFormat.Points(part.UnroundedScore)}分",
            (metric, required, part.UnroundedScore),
            static s => $"{Notes.Computation(s.metric).Get(Language.English)}, {ReportFormat.PercentBound(s.required)} required, {ReportFormat.Awarded(s.UnroundedScore).Get(Language.English)}");
        return new AdvanceResult(part.UnroundedScore, note, metric.Inputs);
    }

    private sealed record AdvanceResult(decimal Score, LocalizedText Note, IReadOnlyList<ScoringInput> Inputs);
}
