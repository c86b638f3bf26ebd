using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>2.2 财务合规性, 5 points less the evaluator's findings (each citing vouchers), floored at 0; gives 0.5 points to 1.1 when the department manages no transfer payments.</summary>
public sealed class FinancialCompliance(Defects defects) : IndicatorRule
{
    public override IndicatorDefinition Indicator { get; } = new("2.2", new LocalizedText("财务合规性", "Financial compliance"), 5m, new LocalizedText("发现一处问题扣0.5分，扣完为止。"));

    public override void Define()
    {
        IReadOnlyList<EvaluatorFinding> findings = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => findings, f => f.IndicatorCode == "2.2")
            .Collect(() => transfers);
        Then()
            .Yield(_ => FromAll(findings, all => Score(all, transfers)));
    }

    private IndicatorResult Score(IReadOnlyList<EvaluatorFinding> findings, IReadOnlyList<WeightTransfer> transfers)
    {
        var effective = EffectiveWeight(transfers);
        var listed = defects.HasFlag(Defects.FindingsInInsertionOrder)
            ? findings
            : [.. findings.OrderBy(f => f.Reason.Chinese, StringComparer.Ordinal).ThenBy(f => f.Points)];
        var result = new Scoring.Findings(effective).Apply(listed.Select(f => f.ToFinding()));
        var score = defects.HasFlag(Defects.UnflooredFindings) ? effective - result.RawDeduction : result.Score;
        var note = listed.Count == 0
            ? new LocalizedText("未发现问题", "No findings")
            : Notes.Numbered(listed.Select(f => new LocalizedText($"{f.Reason.Chinese}，扣{ReportFormat.Points(f.Points)}分")));
        Deduction[] deductions = result.IsCapped
            ? [Deduction.Judged(result.PointsDeducted, Name, new LocalizedText($"问题合计应扣{ReportFormat.Points(result.RawDeduction)}分，以{ReportFormat.Points(effective)}分为限"), listed.SelectMany(f => f.Evidence))]
            : [.. listed.Select(f => Deduction.Judged(f.Points, Name, f.Reason, f.Evidence))];
        return Scored(score, note, deductions: deductions, effectiveWeight: effective);
    }
}
