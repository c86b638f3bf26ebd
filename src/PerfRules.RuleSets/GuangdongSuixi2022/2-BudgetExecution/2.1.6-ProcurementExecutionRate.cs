using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.6 政府采购执行率 (government procurement execution rate), 2 points: 2 × actual / planned procurement; 0 when the
/// actual exceeds the plan, which is checked first, so a plan of 0 against any purchase scores 0 (<see cref="Procurement"/>).
/// </summary>
/// <remarks>
/// Nothing planned and nothing bought has no rate and the criteria are silent; it scores the full 2 points (the
/// specification's choice): the plan was executed exactly and the only failure the criteria name did not happen.
/// </remarks>
public sealed class ProcurementExecutionRate : IndicatorRule
{
    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText PlannedLabel = new("采购计划金额", "planned procurement");
    private static readonly LocalizedText ActualLabel = new("实际采购金额", "actual procurement");
    private static readonly LocalizedText Exceeded = new("实际采购金额大于采购计划金额，不得分", "the actual exceeds the plan, no points");
    private static readonly LocalizedText RateName = new("政府采购执行率", "procurement execution rate");

    // "本指标得分=本指标满分×政府采购执行率…如实际采购金额大于采购计划金额则本项不得分".
    private static readonly Proportional Execution = new(2m, ExcessPolicy.ScoreZero);

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.6",
        new LocalizedText("政府采购执行率", "Government procurement execution rate"),
        2m,
        new LocalizedText(
            "本指标得分=本指标满分×政府采购执行率 其中:政府采购执行率=(实际采购金额合计数/采购计划金额合计数)×100% 如实际采购金额大于采购计划金额则本项不得分。 实际采购金额取自部门决算报表财决附03表。",
            "Score = full points × procurement execution rate, where rate = actual procurement / planned procurement; if the actual exceeds the plan, 0. Actual procurement from final-accounts table appendix 03."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<Procurement> procurements = null!;
        When()
            .Collect(() => procurements);
        Then()
            .Yield(_ => FromSingle(procurements, Score));
    }

    private IndicatorResult Score(Procurement procurement)
    {
        var planned = ScoringInput.Of(PlannedLabel, procurement.Planned, ValueUnit.Yuan, nameof(Procurement), nameof(Procurement.Planned));
        var actual = ScoringInput.Of(ActualLabel, procurement.Actual, ValueUnit.Yuan, nameof(Procurement), nameof(Procurement.Actual));
        var stated = Notes.Join(planned.Describe(), actual.Describe());
        if (procurement.Planned == 0m && procurement.Actual == 0m)
        {
            return Scored(Weight, Notes.Join(stated, LocalizedText.WithEnglishOnRead($"未安排且未发生政府采购，{ReportFormat.Awarded(Weight).Chinese}", Weight, static weight => $"none planned and none bought, {ReportFormat.Awarded(weight).English}")));
        }

        var result = Execution.Apply(procurement.Actual, procurement.Planned);
        if (result.Exceeded)
        {
            var exceeded = Notes.Join(stated, Exceeded);
            return Scored(0m, exceeded, deductions: [Deduction.Computed(Weight, Name, exceeded, planned, actual)]);
        }

        var metric = new MetricValue(RateName, "{0}/{1}", result.Ratio!.Value, ValueUnit.Percent, actual, planned);
        var computation = Notes.Computation(metric);
        var score = LocalizedText.WithEnglishOnRead(
            $"得分={ReportFormat.Number(Weight)}*{metric.Displayed.Chinese}={ReportFormat.Points(result.UnroundedScore)}分",
            (Weight, metric, result.UnroundedScore),
            static s => $"score = {ReportFormat.Number(s.Weight)} × {s.metric.Displayed.Get(Language.English)} = {ReportFormat.Points(s.UnroundedScore)}");
        var lost = Weight - result.Score;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(computation, score, ReportFormat.Deducted(lost)), metric.Inputs)]
            : [];
        return Scored(result.UnroundedScore, Notes.Join(stated, computation, score), metric, deductions: deductions);
    }
}
