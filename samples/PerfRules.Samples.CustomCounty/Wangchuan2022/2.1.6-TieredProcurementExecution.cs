using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Samples.CustomCounty.Wangchuan2022;

/// <summary>
/// 2.1.6 政府采购执行率 (government procurement execution rate), 2 points, in tiers rather than Suixi's proportion:
/// [95%, 100%] → 2, [80%, 95%) → 1, below 80% → 0; buying more than the procurement budget (超预算采购, a rate above
/// 100%) or buying with no procurement budget at all (无预算采购) → 0; nothing budgeted and nothing bought → 2.
/// </summary>
/// <remarks>
/// Suixi scores 2 × actual / planned. A county that wants departments to plan their procurement accurately rewards
/// an execution rate close to 100% and nothing else. The bands include the rate above 100% (scored 0), so every rate
/// has its band; only "no budget" has no rate and is decided before the bands.
/// </remarks>
public sealed class TieredProcurementExecution : IndicatorRule, IMetricIndicator
{
    // "执行率95%（含）至100%（含）得2分；80%（含）至95%得1分；低于80%不得分；超预算采购……不得分".
    private static readonly BandScale Bands = new(
        new Band(Interval.Closed(0.95m, 1m), 2m),
        new Band(Interval.ClosedOpen(0.80m, 0.95m), 1m),
        new Band(Interval.ClosedOpen(0m, 0.80m), 0m),
        new Band(Interval.Above(1m), 0m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.6",
        new LocalizedText("政府采购执行率", "Government procurement execution rate"),
        2m,
        new LocalizedText(
            "政府采购执行率=实际采购金额/政府采购预算金额×100%。执行率95%（含）至100%（含）得2分；80%（含）至95%得1分；低于80%不得分；实际采购金额超过政府采购预算（超预算采购）或未编制政府采购预算而实施采购（无预算采购）的，不得分；未编制政府采购预算且未发生政府采购的，得2分。",
            "Rate = actual procurement / procurement budget. 95% ≤ rate ≤ 100%: 2; 80% ≤ rate < 95%: 1; below 80%: 0; buying beyond the budget, or with no procurement budget, scores 0; nothing budgeted and nothing bought scores 2."));

    /// <inheritdoc />
    public MetricScale Scale { get; } = MetricScale.Of(new LocalizedText("政府采购执行率", "procurement execution rate"), Interval.AtLeast(0m), MetricDirection.NotMonotone, Bands);

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<Procurement> procurements = null!;
        When()
            .Collect(() => procurements);
        Then()
            .Yield(_ => FromSingle(procurements, Score));
    }

    /// <inheritdoc />
    /// <remarks>Moves the actual procurement (实际采购金额); a budget of 0 has no rate to move.</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.OfType<Procurement>().ToList() is not [var procurement] || value < 0m || procurement.Planned <= 0m)
        {
            return null;
        }

        var changed = procurement with { Actual = value * procurement.Planned };
        return new MetricAdjustment(
            [.. facts.Select(f => ReferenceEquals(f, procurement) ? changed : f)],
            nameof(Procurement),
            nameof(Procurement.Actual),
            procurement.Actual,
            changed.Actual);
    }

    private IndicatorResult Score(Procurement procurement)
    {
        var planned = ScoringInput.Of(new LocalizedText("政府采购预算金额", "procurement budget"), procurement.Planned, ValueUnit.Yuan, nameof(Procurement), nameof(Procurement.Planned));
        var actual = ScoringInput.Of(new LocalizedText("实际采购金额", "actual procurement"), procurement.Actual, ValueUnit.Yuan, nameof(Procurement), nameof(Procurement.Actual));
        var stated = Notes.Join(planned.Describe(), actual.Describe());
        if (procurement.Planned == 0m)
        {
            if (procurement.Actual == 0m)
            {
                return Scored(Weight, Notes.Join(stated, new LocalizedText("未编制政府采购预算且未发生政府采购", "nothing budgeted and nothing bought"), ReportFormat.Awarded(Weight)));
            }

            var unbudgeted = Notes.Join(stated, new LocalizedText("未编制政府采购预算而实施采购（无预算采购），不得分", "bought with no procurement budget, scores 0"));
            return Scored(0m, unbudgeted, deductions: [Deduction.Computed(Weight, Name, unbudgeted, planned, actual)]);
        }

        var metric = new MetricValue(new LocalizedText("政府采购执行率", "procurement execution rate"), "{0}/{1}", procurement.Actual / procurement.Planned, ValueUnit.Percent, actual, planned);
        var hit = Bands.Classify(metric.Value);
        var over = metric.Value > 1m ? new LocalizedText("超预算采购", "bought beyond the budget") : null;
        var note = over is null ? Notes.Band(metric, hit) : Notes.Join([.. metric.Inputs.Select(i => i.Describe()), Notes.Computation(metric), over, ReportFormat.Awarded(hit.Points)]);
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, over is null ? Notes.Join(Notes.Computation(metric), hit.Describe()) : Notes.Join(Notes.Computation(metric), over, ReportFormat.Deducted(lost)), metric.Inputs)]
            : [];
        return Scored(hit.Points, note, metric, hit.Describe(), deductions);
    }
}
