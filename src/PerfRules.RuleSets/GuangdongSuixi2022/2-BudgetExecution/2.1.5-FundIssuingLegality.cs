using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.5 资金下达合法性 (lawful issuing of funds), 3 points: a transfer-payment part (2 points: on-time transfer funds over
/// all transfer funds × 2) and a subordinate-budgets part (1 point: approved within 15 days 1, late 0.5, never 0). A part
/// that does not apply gives its points to 2.1.2 支出完成率 (<see cref="TransferPaymentPointsToCompletionRate"/>,
/// <see cref="SubordinateBudgetPointsToCompletionRate"/>), and this indicator is scored on the parts that remain.
/// </summary>
/// <remarks>
/// Facts: one <see cref="TransferPaymentScope"/> (whether the department manages transfer payments; its absence is
/// missing data, since an empty list of <see cref="TransferPayment"/>s cannot tell "none" from "not collected"), the
/// <see cref="TransferPayment"/>s when it does, one <see cref="SubordinateBudgetApproval"/>, and the
/// <see cref="WeightTransfer"/>s the reallocation rules yield. The remaining part is not rescaled: it keeps its own scale.
/// </remarks>
public sealed class FundIssuingLegality : IndicatorRule
{
    /// <summary>The transfer-payment part's points (转移支付部分).</summary>
    internal const decimal TransferPaymentPoints = 2m;

    /// <summary>The subordinate-budgets part's points (部门预算部分).</summary>
    internal const decimal SubordinateBudgetPoints = 1m;

    // "部门在接到财政部门批复的本部门预算后，15日内向所属各单位批复预算": calendar days, counted from the day after receipt (C5).
    private const int SubordinateDayLimit = 15;

    private static readonly Deadline SubordinateDeadline = Deadline.WithinCalendarDays(SubordinateDayLimit);

    private static readonly Proportional TransferPart = new(TransferPaymentPoints, ExcessPolicy.CapAtFull);

    // "按时批复的得1分；已批复但超时的，得0.5分；未批复的不得分".
    private static readonly EquivalentScale SubordinateOutcomes = new([
        new KeyValuePair<string, decimal>(OnTime, 1m),
        new KeyValuePair<string, decimal>(Late, 0.5m),
        new KeyValuePair<string, decimal>(NotApproved, 0m)]);

    private const string OnTime = "按时批复";
    private const string Late = "已批复但超时";
    private const string NotApproved = "未批复";

    // Labels that are the same in every evaluation, so built once.
    private static readonly LocalizedText OnTimeShareName = new("按时下达比例", "share issued on time");
    private static readonly LocalizedText IssuedOnTimeLabel = new("在要求时限内下达的转移支付资金", "transfer funds issued on time");
    private static readonly LocalizedText AllTransfersLabel = new("转移支付资金合计", "all transfer funds");
    private static readonly LocalizedText ApprovedLabel = new("是否批复下属单位预算", "subordinate budgets approved");
    private static readonly LocalizedText NotApprovedNote = new("未向所属单位批复预算", "subordinate budgets not approved");
    private static readonly LocalizedText ReceivedOnLabel = new("收到本部门预算批复日期", "own budget approval received");
    private static readonly LocalizedText ApprovedOnLabel = new("批复下属单位预算日期", "subordinate budgets approved");
    private static readonly LocalizedText StatedOnTimeLabel = new("是否按时批复（陈述）", "approved on time (stated)");

    private static readonly LocalizedText StatedOnTimeNote = new(
        $"据评价报告所述，能在接到财政部门批复的本部门预算后{SubordinateDayLimit}日内向所属各单位批复预算（未提供日期）",
        $"stated (no dates given): subordinate budgets approved within {SubordinateDayLimit} days");

    private static readonly LocalizedText StatedLateNote = new(
        $"据评价报告所述，向所属各单位批复预算超过{SubordinateDayLimit}日（未提供日期）",
        $"stated (no dates given): subordinate budgets approved after {SubordinateDayLimit} days");

    /// <summary>The indicator, shared with 2.1.2, which names it when it receives its points.</summary>
    internal static IndicatorDefinition Definition { get; } = new(
        "2.1.5",
        new LocalizedText("资金下达合法性", "Lawful issuing of funds"),
        3m,
        new LocalizedText(
            "1.转移支付部分:按规定,一般性转移支付和专项转移支付需分别在市人大批复预算后的30日和60日内正式下达;对于上级转移支付,需在收到后30日内正式下达。 转移支付部分得分=在要求时限内下达的转移支付资金÷(经市人大批复的转移支付资金+上级转移支付资金)*2分 2.部门预算:按规定,部门在接到财政部门批复的本部门预算后,15日内向所属各单位批复预算。 部门预算部分得分:按时批复的得1分;已批复但超时的,得0.5分;未批复的不得分。 本指标总分=转移支付部分得分+部门预算部分得分。如被评价部门没有主管的转移支付资金或无需批复下属单位预算,则相应指标分值调整至“支出完成率”。",
            "1. Transfer payments: general and special transfer payments must be issued within 30 and 60 days of the budget's approval, higher-level transfers within 30 days of receipt; part score = transfer funds issued on time / (approved + higher-level transfer funds) × 2. 2. Department budget: subordinate units' budgets must be approved within 15 days of receiving the department's own approval; on time 1, approved late 0.5, not approved 0. Total = both parts; a department with no transfer payments, or no subordinate budgets to approve, has the corresponding points moved to 支出完成率."));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator => Definition;

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<TransferPaymentScope> scopes = null!;
        IReadOnlyList<SubordinateBudgetApproval> approvals = null!;
        IReadOnlyList<TransferPayment> payments = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => scopes)
            .Collect(() => approvals)
            .Collect(() => payments)
            .Collect(() => transfers);
        Then()
            .Yield(_ => Score(scopes, approvals, payments, transfers));
    }

    // The other facts go to the scoring as state for a static function: a lambda capturing them would be allocated,
    // with its delegate, on every firing.
    private IndicatorResult Score(
        IReadOnlyList<TransferPaymentScope> scopes, IReadOnlyList<SubordinateBudgetApproval> approvals, IReadOnlyList<TransferPayment> payments, IReadOnlyList<WeightTransfer> transfers) =>
        FromSingle(scopes, approvals, (Rule: this, Payments: payments, Transfers: transfers), static (scope, approval, s) => s.Rule.Score(scope, approval, s.Payments, s.Transfers));

    private IndicatorResult Score(TransferPaymentScope scope, SubordinateBudgetApproval approval, IReadOnlyList<TransferPayment> payments, IReadOnlyList<WeightTransfer> transfers)
    {
        var sorted = StableOrder.Sorted(payments, StableOrder.TransferPayments);
        var errors = Unscored.ProblemsOf(sorted);
        if (TransferPaymentDeclaration.Contradiction(scope, sorted) is { } contradiction)
        {
            errors.Add(contradiction);
        }

        for (var i = 0; i < sorted.Count; i++)
        {
            var p = sorted[i];
            if (p.DueDate is null)
            {
                errors.Add(Unscored.Problem(nameof(TransferPayment), nameof(TransferPayment.DueDate),
                    $"转移支付“{p.Name}”缺少要求下达时限，无法判断是否按时下达", $"The transfer payment '{p.Name}' has no due date, so whether it was issued on time cannot be told"));
            }
        }

        // Transfer payments that add up to 0 have no share issued on time: bad input in their amounts.
        if (scope.ManagesTransferPayments && sorted.Count > 0 && Sum(sorted, onTimeOnly: false) == 0m)
        {
            errors.Add(Unscored.Problem(nameof(TransferPayment), nameof(TransferPayment.Amount),
                "转移支付资金合计为0，无法计算按时下达比例", "The transfer payments add up to 0, so no share issued on time can be computed"));
        }

        if (approval.DayLimit != SubordinateDayLimit)
        {
            errors.Add(Unscored.Problem(nameof(SubordinateBudgetApproval), nameof(SubordinateBudgetApproval.DayLimit),
                $"批复下属单位预算的时限应为{SubordinateDayLimit}日，实际给出{approval.DayLimit}日", $"The limit for approving subordinate budgets is {SubordinateDayLimit} days here, not {approval.DayLimit}"));
        }

        var applicable = (scope.ManagesTransferPayments ? TransferPaymentPoints : 0m) + (approval.HasSubordinateUnits ? SubordinateBudgetPoints : 0m);
        var effective = EffectiveWeight(transfers);
        if (effective != applicable)
        {
            // The reallocation rules move exactly the points of the parts that do not apply; anything else is a wiring fault.
            errors.Add(Unscored.Problem(nameof(WeightTransfer), nameof(WeightTransfer.Points),
                $"调整后分值{ReportFormat.Number(effective)}分与适用部分的分值{ReportFormat.Number(applicable)}分不符",
                $"The effective weight {ReportFormat.Number(effective)} does not match the {ReportFormat.Number(applicable)} points of the parts that apply"));
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (scope.ManagesTransferPayments && sorted.Count == 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, TransferPaymentDeclaration.NoneGiven);
        }

        if (applicable == 0m)
        {
            return NotApplicable(new LocalizedText(
                "没有主管的转移支付资金，也无需批复下属单位预算，本指标分值（3分）全部调整至“支出完成率”",
                "no transfer payments and no subordinate budgets to approve: all 3 points move to 支出完成率"));
        }

        var (transferPart, subordinatePart) = (TransferPayments(scope, sorted), SubordinateBudgets(approval));
        var score = 0m + transferPart.Score + subordinatePart.Score;
        Deduction[] deductions = [.. transferPart.Deductions, .. subordinatePart.Deductions];
        return Scored(score, Notes.Numbered(transferPart.Note, subordinatePart.Note), deductions: deductions, effectiveWeight: effective);
    }

    // The payments' amounts, all or only those issued on time, summed from 0 in order as Enumerable.Sum sums: the
    // payments are walked by index, without a LINQ query and its lambda on every evaluation.
    private static decimal Sum(IReadOnlyList<TransferPayment> payments, bool onTimeOnly)
    {
        var sum = 0m;
        for (var i = 0; i < payments.Count; i++)
        {
            if (!onTimeOnly || payments[i].IsIssuedOnTime == true)
            {
                sum += payments[i].Amount;
            }
        }

        return sum;
    }

    private Part TransferPayments(TransferPaymentScope scope, IReadOnlyList<TransferPayment> payments)
    {
        if (!scope.ManagesTransferPayments)
        {
            return new Part(0m, LocalizedText.WithEnglishOnRead(
                $"没有主管的转移支付资金（{scope.Statement}），该部分指标分值（{ReportFormat.Points(TransferPaymentPoints)}分）调整至“支出完成率”",
                scope.Statement,
                static statement => $"no transfer payments ({statement}): this part's {ReportFormat.Points(TransferPaymentPoints)} points move to 支出完成率"), []);
        }

        var onTime = Sum(payments, onTimeOnly: true);
        var total = Sum(payments, onTimeOnly: false);
        var metric = new MetricValue(
            OnTimeShareName,
            "{0}/{1}",
            Ratio.Of(onTime, total, "转移支付按时下达比例"),
            ValueUnit.Percent,
            ScoringInput.Of(IssuedOnTimeLabel, onTime, ValueUnit.Yuan, nameof(TransferPayment), nameof(TransferPayment.Amount)),
            ScoringInput.Of(AllTransfersLabel, total, ValueUnit.Yuan, nameof(TransferPayment), nameof(TransferPayment.Amount)));
        var part = TransferPart.Apply(onTime, total);
        var computation = Notes.Computation(metric);
        var note = LocalizedText.WithEnglishOnRead(
            $"转移支付部分得分={Notes.FullWidth(metric.Arithmetic.Chinese)}*{ReportFormat.Points(TransferPaymentPoints)}={ReportFormat.Points(part.UnroundedScore)}分",
            (metric, part.UnroundedScore),
            static s => $"transfer-payment part = {s.metric.Arithmetic.Get(Language.English)} × {ReportFormat.Points(TransferPaymentPoints)} = {ReportFormat.Points(s.UnroundedScore)} points");
        var lost = TransferPaymentPoints - ScoreRounding.Round(part.UnroundedScore);
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(computation, NotIssuedOnTime(payments), ReportFormat.Deducted(lost)), metric.Inputs)]
            : [];
        return new Part(part.UnroundedScore, Notes.Join(computation, note), deductions);
    }

    // "未按时下达：…", each late payment with its due date and when, if ever, it was issued. The English reads its own
    // copy of the late payments, whenever it is read.
    private static LocalizedText NotIssuedOnTime(IReadOnlyList<TransferPayment> payments)
    {
        var lateCount = 0;
        for (var i = 0; i < payments.Count; i++)
        {
            lateCount += payments[i].IsIssuedOnTime == true ? 0 : 1;
        }

        var late = new TransferPayment[lateCount];
        var chinese = new string[lateCount];
        for (int i = 0, next = 0; i < payments.Count; i++)
        {
            var p = payments[i];
            if (p.IsIssuedOnTime == true)
            {
                continue;
            }

            late[next] = p;
            chinese[next++] = p.IssuedOn is { } issued
                ? $"{p.Name}（应于{ReportFormat.Date(p.DueDate!.Value)}前下达，实际{ReportFormat.Date(issued)}）"
                : $"{p.Name}（应于{ReportFormat.Date(p.DueDate!.Value)}前下达，未下达）";
        }

        return LocalizedText.WithEnglishOnRead($"未按时下达：{string.Join("、", chinese)}", late, static late =>
        {
            var english = late.Select(p => p.IssuedOn is { } issued
                ? $"{p.Name} (due {ReportFormat.Date(p.DueDate!.Value, Language.English)}, issued {ReportFormat.Date(issued, Language.English)})"
                : $"{p.Name} (due {ReportFormat.Date(p.DueDate!.Value, Language.English)}, not issued)");
            return $"not issued on time: {string.Join(", ", english)}";
        });
    }

    private Part SubordinateBudgets(SubordinateBudgetApproval approval)
    {
        if (!approval.HasSubordinateUnits)
        {
            return new Part(0m, new LocalizedText(
                $"无需批复下属单位预算，该部分指标分值（{ReportFormat.Points(SubordinateBudgetPoints)}分）调整至“支出完成率”",
                $"no subordinate budgets to approve: this part's {ReportFormat.Points(SubordinateBudgetPoints)} point moves to 支出完成率"), []);
        }

        var (label, how, inputs) = Outcome(approval);
        var hit = SubordinateOutcomes.Map(label);
        var awarded = ReportFormat.Awarded(hit.Score);
        var note = LocalizedText.WithEnglishOnRead($"{how.Chinese}，{label}，{awarded.Chinese}", (how, awarded), static s => $"{s.how.Get(Language.English)}, {s.awarded.English}");
        var lost = SubordinateBudgetPoints - hit.Score;
        Deduction[] deductions = lost > 0m
            ? [new Deduction(lost, Name, DeductionKind.Computed, Notes.Join(how, new LocalizedText(label), ReportFormat.Deducted(lost)), inputs)]
            : [];
        return new Part(hit.Score, note, deductions);
    }

    // The dates decide when both are known; otherwise the report's statement does, and the note says it was stated.
    private static (string Label, LocalizedText How, ScoringInput[] Inputs) Outcome(SubordinateBudgetApproval approval)
    {
        if (!approval.IsApproved)
        {
            return (NotApproved, NotApprovedNote,
                [ScoringInput.OfText(ApprovedLabel, "否", nameof(SubordinateBudgetApproval), nameof(SubordinateBudgetApproval.IsApproved))]);
        }

        if (approval.ReceivedOn is { } received && approval.ApprovedOn is { } approved)
        {
            var check = SubordinateDeadline.Check(received, approved);
            var how = LocalizedText.WithEnglishOnRead(
                $"{ReportFormat.Date(received)}收到本部门预算批复，{ReportFormat.Date(approved)}向所属单位批复预算，应于{ReportFormat.Date(check.DueDate)}前批复" + (check.IsOnTime ? "" : $"，超时{check.DaysLate}天"),
                (received, approved, check),
                static s => $"own budget approved {ReportFormat.Date(s.received, Language.English)}, subordinate budgets approved {ReportFormat.Date(s.approved, Language.English)}, due by {ReportFormat.Date(s.check.DueDate, Language.English)}" + (s.check.IsOnTime ? ", on time" : $", {s.check.DaysLate} days late"));
            return (check.IsOnTime ? OnTime : Late, how,
            [
                ScoringInput.OfDate(ReceivedOnLabel, received, nameof(SubordinateBudgetApproval), nameof(SubordinateBudgetApproval.ReceivedOn)),
                ScoringInput.OfDate(ApprovedOnLabel, approved, nameof(SubordinateBudgetApproval), nameof(SubordinateBudgetApproval.ApprovedOn)),
            ]);
        }

        var stated = approval.StatedOnTime == true;
        return (stated ? OnTime : Late,
            stated ? StatedOnTimeNote : StatedLateNote,
            [ScoringInput.OfText(StatedOnTimeLabel, stated ? "是" : "否", nameof(SubordinateBudgetApproval), nameof(SubordinateBudgetApproval.StatedOnTime))]);
    }

    // A struct: two are made on every evaluation and dropped when the rule has fired.
    private readonly record struct Part(decimal Score, LocalizedText Note, Deduction[] Deductions);
}
