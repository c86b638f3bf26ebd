using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.2 支出完成率 (expenditure completion rate), 4 points: actual expenditure over the funds finance made available
/// (opening fiscal carry-over + general public budget appropriation + government fund appropriation); = 100% → 4,
/// [90%, 100%) → 3, [80%, 90%) → 2, [70%, 80%) → 1, below 70% → 0. Points 2.1.5 资金下达合法性 gives it
/// (<see cref="WeightTransfer"/>s) enlarge its weight, and the band points, out of 4, are rescaled to it: 3/4 × 6 = 4.5.
/// </summary>
/// <remarks>
/// <para>The bands stop at 100%: a rate above it is bad input, not 4 (the specification's choice). Actual fiscal
/// expenditure cannot exceed the fiscal funds available unless the closing balance is negative or the expenditure is
/// taken from a wider scope than 财决01-1表's fiscal appropriations.</para>
/// <para>Whether 2.1.5's parts apply decides this indicator's weight, so the declarations they rest on
/// (<see cref="TransferPaymentScope"/>, <see cref="SubordinateBudgetApproval"/>) are required here too: without them
/// the effective weight is unknown, which is missing data.</para>
/// </remarks>
public sealed class ExpenditureCompletionRate : IndicatorRule, IMetricIndicator
{
    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText RateName = new("支出完成率", "expenditure completion rate");
    private static readonly LocalizedText ActualExpenditureLabel = new("年度实际支出", "actual expenditure");
    private static readonly LocalizedText OpeningCarryOverLabel = new("年初结转和结余", "opening carry-over");
    private static readonly LocalizedText GeneralAppropriationLabel = new("一般公共预算财政拨款", "general public budget appropriation");
    private static readonly LocalizedText FundAppropriationLabel = new("政府性基金预算财政拨款", "government fund appropriation");

    // "结果=100%,得4分;100%>结果≥90%,得3分;90%>结果≥80%,得2分;80%>结果≥70%得1分,结果<70%,得0分".
    private static readonly BandScale Bands = new(
        new Band(Interval.Exactly(1m), 4m),
        new Band(Interval.ClosedOpen(0.90m, 1m), 3m),
        new Band(Interval.ClosedOpen(0.80m, 0.90m), 2m),
        new Band(Interval.ClosedOpen(0.70m, 0.80m), 1m),
        new Band(Interval.ClosedOpen(0m, 0.70m), 0m));

    private static readonly LocalizedText NoTransferPayments = new("部门没有主管的转移支付资金", "the department manages no transfer payments");
    private static readonly LocalizedText NoSubordinateBudgets = new("无需批复下属单位预算", "there are no subordinate budgets to approve");
    private static readonly LocalizedText WeightReallocated = new("分值经调整", "weight reallocated");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.2",
        new LocalizedText("支出完成率", "Expenditure completion rate"),
        4m,
        new LocalizedText(
            "支出完成率=部门(单位)年度实际支出/财政下达预算数×100%。部门(单位)年度实际支出取自部门决算报表财决01-1表,财政下达预算数包括年初预算数、上级补助数、年中调整数和上年结转等(具体计算过程请予以说明),年初预算数应与年初财政批复部门预算数一致,可剔除转移支付县区部分等。结果=100%,得4分;100%>结果≥90%,得3分;90%>结果≥80%,得2分;80%>结果≥70%得1分,结果<70%,得0分。",
            "Completion rate = the department's actual expenditure for the year / the budget issued by finance, including the initial budget, higher-level subsidies, mid-year adjustments and the prior year's carry-over (actual expenditure from final-accounts table 01-1). Rate = 100%: 4; 90% ≤ rate < 100%: 3; 80% ≤ rate < 90%: 2; 70% ≤ rate < 80%: 1; rate < 70%: 0."));

    /// <inheritdoc />
    /// <remarks>The domain stops at 100%: a higher rate is rejected as bad input (the printed bands say nothing of it;
    /// see docs/rulesets/guangdong-suixi-2022.md).</remarks>
    public MetricScale Scale { get; } = MetricScale.Of(RateName, Interval.Closed(0m, 1m), MetricDirection.HigherIsBetter, Bands);

    /// <inheritdoc />
    /// <remarks>Moves the actual expenditure (年度实际支出); the funds available stay as they are.</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m)
        {
            return null;
        }

        var available = budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;
        if (available <= 0m)
        {
            return null;
        }

        var changed = budget with { ActualExpenditure = value * available };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)], nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure), budget.ActualExpenditure, changed.ActualExpenditure);
    }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        IReadOnlyList<TransferPaymentScope> scopes = null!;
        IReadOnlyList<SubordinateBudgetApproval> approvals = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => budgets)
            .Collect(() => scopes)
            .Collect(() => approvals)
            .Collect(() => transfers);
        Then()
            .Yield(_ => Score(budgets, scopes, approvals, transfers));
    }

    // A zero denominator is the budget figures' fault: it names BudgetExecution, not the last fact checked. The facts go
    // on as state to static functions: lambdas capturing them would be allocated, with their delegates, on every firing.
    private IndicatorResult Score(
        IReadOnlyList<BudgetExecution> budgets, IReadOnlyList<TransferPaymentScope> scopes, IReadOnlyList<SubordinateBudgetApproval> approvals, IReadOnlyList<WeightTransfer> transfers) =>
        FromSingle(budgets, scopes, (Rule: this, Approvals: approvals, Transfers: transfers), static (budget, scope, s) =>
            s.Rule.FromSingle(s.Approvals, (s.Rule, Budget: budget, Scope: scope, s.Transfers), static (approval, t) =>
                t.Rule.Guarded((t.Rule, t.Budget, t.Scope, Approval: approval, t.Transfers), static u => u.Rule.Score(u.Budget, u.Scope, u.Approval, u.Transfers), nameof(BudgetExecution))));

    private IndicatorResult Score(BudgetExecution budget, TransferPaymentScope scope, SubordinateBudgetApproval approval, IReadOnlyList<WeightTransfer> transfers)
    {
        var metric = new MetricValue(
            RateName,
            "{0}/({1}+{2}+{3})",
            Ratio.Of(budget.ActualExpenditure, budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation, "支出完成率 (expenditure completion rate)"),
            ValueUnit.Percent,
            ScoringInput.Of(ActualExpenditureLabel, budget.ActualExpenditure, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure)),
            ScoringInput.Of(OpeningCarryOverLabel, budget.OpeningFiscalCarryOver, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.OpeningFiscalCarryOver)),
            ScoringInput.Of(GeneralAppropriationLabel, budget.GeneralPublicBudgetAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GeneralPublicBudgetAppropriation)),
            ScoringInput.Of(FundAppropriationLabel, budget.GovernmentFundAppropriation, ValueUnit.Yuan, nameof(BudgetExecution), nameof(BudgetExecution.GovernmentFundAppropriation)));
        if (metric.Value > 1m)
        {
            var computation = Notes.Computation(metric);
            return Invalid([Unscored.Problem(nameof(BudgetExecution), nameof(BudgetExecution.ActualExpenditure),
                $"{computation.Chinese}，超过100%：年度实际支出大于年初结转和结余与财政拨款之和，请核对实际支出是否取自财决01-1表的财政拨款支出",
                $"{computation.Get(Language.English)}, above 100%: actual expenditure exceeds the opening carry-over plus appropriations; check that ActualExpenditure is fiscal-appropriation expenditure from final-accounts table 01-1")]);
        }

        var hit = Bands.Classify(metric.Value);
        var effective = EffectiveWeight(transfers);
        var score = effective == Weight ? hit.Points : hit.Points * effective / Weight;
        var lost = effective - ScoreRounding.Round(score);
        var band = Notes.Band(metric, hit);
        // Each text below is composed once and used in the note, the result and the deduction alike.
        var described = hit.Describe();
        if (effective == Weight)
        {
            Deduction[] plain = lost > 0m
                ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), described), metric.Inputs)]
                : [];
            return Scored(score, band, metric, described, plain);
        }

        var received = Received(scope, approval, transfers);
        var (effectiveText, weightText) = (ReportFormat.Number(effective), ReportFormat.Number(Weight));
        var (pointsText, scoreText) = (ReportFormat.Number(hit.Points), ReportFormat.Points(score));
        var rescaled = LocalizedText.WithEnglishOnRead(
            $"该指标总得分={effectiveText}*{pointsText}/{weightText}={scoreText}",
            (effectiveText, pointsText, weightText, scoreText),
            static s => $"score = {s.effectiveText} × {s.pointsText}/{s.weightText} = {s.scoreText}");
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(
                Notes.Computation(metric),
                described,
                LocalizedText.WithEnglishOnRead($"满分{weightText}分", weightText, static w => $"out of {w}"),
                received,
                LocalizedText.WithEnglishOnRead($"按调整后分值{effectiveText}分折算", effectiveText, static e => $"rescaled to the effective weight of {e}"),
                rescaled,
                ReportFormat.Deducted(lost)), metric.Inputs)]
            : [];
        return Scored(score, Notes.Numbered(band, Notes.Join(received, rescaled)), metric, described, deductions, effective);
    }

    // "“资金下达合法性”中的转移支付指标分数2分调整至该项", with the reason the parts moved.
    private static LocalizedText Received(TransferPaymentScope scope, SubordinateBudgetApproval approval, IReadOnlyList<WeightTransfer> transfers)
    {
        // The reasons the parts moved, then the parts moved.
        var reasons = new List<LocalizedText>();
        if (!scope.ManagesTransferPayments)
        {
            reasons.Add(NoTransferPayments);
        }

        if (!approval.HasSubordinateUnits)
        {
            reasons.Add(NoSubordinateBudgets);
        }

        // The points moved here, summed by the indicator they come from, in code order. A list kept in order rather than
        // a sorted dictionary: one or two indicators give points, and the rule fires on every evaluation.
        var moved = new List<(string From, decimal Sum)>();
        for (var i = 0; i < transfers.Count; i++)
        {
            var transfer = transfers[i];
            if (transfer.To != "2.1.2")
            {
                continue;
            }

            var at = 0;
            while (at < moved.Count && string.CompareOrdinal(moved[at].From, transfer.From) < 0)
            {
                at++;
            }

            if (at < moved.Count && moved[at].From == transfer.From)
            {
                moved[at] = (transfer.From, moved[at].Sum + transfer.Points);
            }
            else
            {
                // Summed from 0m, as a dictionary's default value starts it.
                moved.Insert(at, (transfer.From, 0m + transfer.Points));
            }
        }

        for (var i = 0; i < moved.Count; i++)
        {
            var (from, sum) = moved[i];
            var name = from == FundIssuingLegality.Definition.Code ? FundIssuingLegality.Definition.Name : new LocalizedText(from);
            var points = ReportFormat.Number(sum);
            reasons.Add(LocalizedText.WithEnglishOnRead($"“{name.Chinese}”中的{points}分调整至该项", (points, name), static s => $"{s.points} points of {s.name.Get(Language.English)} moved here"));
        }

        return reasons.Count > 0 ? Notes.Join(reasons) : WeightReallocated;
    }
}
