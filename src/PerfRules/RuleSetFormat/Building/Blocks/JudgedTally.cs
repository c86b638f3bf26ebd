using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// What checklist and findings blocks share: the evaluator's findings (<see cref="EvaluatorFinding"/>) of the indicator,
/// in a stable order, checked against the most one may take, and deducted from the points left, floored at 0; and the
/// note, worded as the built-in rule sets word it (一项：“…，扣0.5分”; several: numbered; none: “未发现扣分事项”).
/// </summary>
internal static class JudgedTally
{
    /// <summary>The indicator's findings, by reason, then points, then evidence: the order never depends on the facts'.</summary>
    public static IReadOnlyList<EvaluatorFinding> Findings(BlockContext context) =>
        [.. context.Facts.OfType<EvaluatorFinding>()
            .Where(f => f.IndicatorCode == context.Code)
            .OrderBy(f => f.Reason?.Chinese, StringComparer.Ordinal)
            .ThenBy(f => f.Points)
            .ThenBy(f => string.Join("\u001f", f.Evidence), StringComparer.Ordinal)];

    /// <summary>A finding larger than <paramref name="largest"/>, the most one judged deduction may take, is bad input.</summary>
    public static IEnumerable<FactProblem> TooLarge(IReadOnlyList<EvaluatorFinding> findings, decimal largest) =>
        findings.Where(f => f.Points > largest).Select(f => new FactProblem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Points), new LocalizedText(
            $"扣分{ReportFormat.Number(f.Points)}分大于一项扣分最多可扣的{ReportFormat.Number(largest)}分（{f.Reason?.Chinese}）",
            $"the deduction of {ReportFormat.Number(f.Points)} points exceeds the {ReportFormat.Number(largest)} points one judged deduction can take ({f.Reason?.Get(Language.English)})")));

    /// <summary>
    /// Deducts the findings from <paramref name="available"/> and adds their clauses and losses to those of the items
    /// (<paramref name="clauses"/>, <paramref name="losses"/>): the floor at 0 cuts them in their order, so the losses add up
    /// to exactly the points lost. <paramref name="nothingLost"/> is the note when there is no clause at all.
    /// </summary>
    public static (decimal Score, LocalizedText Note) Deduct(
        decimal available, IReadOnlyList<EvaluatorFinding> findings, List<LocalizedText> clauses, List<Loss> losses, LocalizedText nothingLost)
    {
        var applied = new Findings(available).Apply(findings.Select(f => f.ToFinding()));
        var left = applied.PointsDeducted;
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
            0 => nothingLost,
            1 => clauses[0],
            _ => Notes.Numbered(clauses),
        };
        return (applied.Score, note);
    }

    /// <summary>A finding as the note states it: "培训工种较为单一，不能满足市场需求，扣0.5分".</summary>
    private static LocalizedText Describe(Finding finding, decimal taken)
    {
        // Reports are read in Chinese: the English is composed when first read.
        var reason = BoundTemplate.Clause(finding.Reason.Chinese);
        if (taken == finding.Points)
        {
            return LocalizedText.WithEnglishOnRead(
                $"{reason}，{ReportFormat.Deducted(taken).Chinese}", (finding.Reason, taken), static s => $"{English(s.Reason)}, {ReportFormat.Deducted(s.taken).English}");
        }

        return taken > 0m
            ? LocalizedText.WithEnglishOnRead(
                $"{reason}，{ReportFormat.Deducted(taken).Chinese}（应扣{ReportFormat.Points(finding.Points)}分，以剩余分值为限）",
                (finding.Reason, taken, finding.Points),
                static s => $"{English(s.Reason)}, {ReportFormat.Deducted(s.taken).English} ({ReportFormat.Points(s.Points)} judged, limited to the points left)")
            : LocalizedText.WithEnglishOnRead($"{reason}（本指标分值已扣完，不再扣分）", finding.Reason, static r => $"{English(r)} (no points left to deduct)");
    }

    private static string English(LocalizedText reason) => BoundTemplate.Clause(reason.Get(Language.English));
}
