using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>findings</c>: full points less every <see cref="EvaluatorFinding"/> of the indicator's code, floored at 0 (财务合规性:
/// 6 − 4 × 0.5 = 4). The floor cuts the findings in a stable order, so the deductions add up to exactly the points lost.
/// </summary>
internal sealed class FindingsBlock(decimal points) : IScoringBlock
{
    private readonly Findings _findings = new(points);

    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => [];

    public IEnumerable<Type> OwnCodeFacts => [typeof(EvaluatorFinding)];

    public BlockOutcome Score(BlockContext context)
    {
        var findings = context.Facts.OfType<EvaluatorFinding>()
            .Where(f => f.IndicatorCode == context.Code)
            .OrderBy(f => f.Reason?.Chinese, StringComparer.Ordinal)
            .ThenBy(f => f.Points)
            .ThenBy(f => string.Join("\u001f", f.Evidence), StringComparer.Ordinal)
            .ToList();
        var applied = _findings.Apply(findings.Select(f => f.ToFinding()));
        var left = applied.PointsDeducted;
        var losses = new List<Loss>();
        var clauses = new List<LocalizedText>();
        foreach (var finding in applied.Items)
        {
            var taken = Math.Min(finding.Points, left);
            left -= taken;
            var reason = Describe(finding, taken);
            clauses.Add(reason);
            if (taken > 0m)
            {
                losses.Add(Loss.Judged(taken, reason, [], finding.Evidence));
            }
        }

        var note = clauses.Count switch
        {
            0 => new LocalizedText($"未发现扣分事项，{ReportFormat.Awarded(Points).Chinese}", $"no deduction found, {ReportFormat.Awarded(Points).English}"),
            1 => Notes.Join(clauses[0], ReportFormat.Awarded(applied.Score)),
            _ => Notes.Join(Notes.Numbered(clauses), ReportFormat.Awarded(applied.Score)),
        };
        return BlockOutcome.Scored(Points, applied.Score, note, losses);
    }

    private static LocalizedText Describe(Finding finding, decimal taken)
    {
        var reason = ChecklistBlock.Trim(finding.Reason.Chinese);
        var english = ChecklistBlock.Trim(finding.Reason.Get(Language.English));
        if (taken == finding.Points)
        {
            return new($"{reason}，{ReportFormat.Deducted(taken).Chinese}", $"{english}, {ReportFormat.Deducted(taken).English}");
        }

        return taken > 0m
            ? new($"{reason}，{ReportFormat.Deducted(taken).Chinese}（应扣{ReportFormat.Points(finding.Points)}分，以剩余分值为限）",
                $"{english}, {ReportFormat.Deducted(taken).English} ({ReportFormat.Points(finding.Points)} judged, limited to the points left)")
            : new($"{reason}（本指标分值已扣完，不再扣分）", $"{english} (no points left to deduct)");
    }
}
