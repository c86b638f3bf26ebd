using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// Scores an indicator the evaluator judges (结合实际酌情评分, 酌情扣分; specification C6): the points of the checklist
/// items met, or the indicator's full points when its criteria are no checklist, less the evaluator's findings, floored
/// at 0. The rule never invents a judgement: it applies the <see cref="ChecklistAnswer"/> and
/// <see cref="EvaluatorFinding"/> facts it is given.
/// </summary>
/// <remarks>
/// <para>Checklist items are all-or-nothing, as the criteria print them: an item the evaluator found only partly met is
/// answered met, and the part it lost is an <see cref="EvaluatorFinding"/> (2.3.1: rules exist but the assets were not
/// counted, 0.5 of item 2's 1 point).</para>
/// <para>Everything is put in a stable order first (answers by item, findings by reason, points and evidence), so the
/// result never depends on the order the facts were inserted in.</para>
/// </remarks>
internal static class JudgedScoring
{
    /// <summary>The answers in a stable order: by item, then answer, then note.</summary>
    public static IReadOnlyList<ChecklistAnswer> Sorted(IReadOnlyList<ChecklistAnswer> answers) =>
        answers.Count < 2
            ? answers
            : [.. answers.OrderBy(a => a.Item, StringComparer.Ordinal).ThenBy(a => a.Met).ThenBy(a => a.Note, StringComparer.Ordinal)];

    /// <summary>The findings in a stable order: by reason, then points, then evidence.</summary>
    public static IReadOnlyList<EvaluatorFinding> Sorted(IReadOnlyList<EvaluatorFinding> findings) =>
        findings.Count < 2
            ? findings
            : [.. findings
            .OrderBy(f => f.Reason?.Chinese, StringComparer.Ordinal)
            .ThenBy(f => f.Points)
            .ThenBy(f => string.Join("\u001f", f.Evidence), StringComparer.Ordinal)];

    /// <summary>
    /// What is wrong with the answers and findings: each fact's own problems; for a checklist, an answer for an item it
    /// does not have or two answers for one item; without a checklist, any answer at all; and a finding larger than
    /// <paramref name="largestFinding"/>, the most one judged deduction can take (C6).
    /// </summary>
    public static IReadOnlyList<FactProblem> Errors(
        Checklist? checklist, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings, decimal largestFinding)
    {
        answers = Sorted(answers);
        findings = Sorted(findings);
        var problems = answers.SelectMany(a => a.Validate()).Concat(findings.SelectMany(f => f.Validate())).ToList();
        if (checklist is null)
        {
            problems.AddRange(answers.Select(a => Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                $"本指标不按评分要点逐项计分，不应有评分要点“{a.Item}”的答复",
                $"This indicator has no checklist: the answer for item '{a.Item}' has nothing to score")));
        }
        else
        {
            var keys = string.Join("、", checklist.Items.Select(i => i.Key));
            problems.AddRange(answers
                .Where(a => !string.IsNullOrWhiteSpace(a.Item) && checklist.Items.All(i => i.Key != a.Item))
                .Select(a => Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"评分要点“{a.Item}”不在本指标的评分要点（{keys}）中",
                    $"Item '{a.Item}' is not one of this indicator's checklist items ({string.Join(", ", checklist.Items.Select(i => i.Key))})")));
            problems.AddRange(answers
                .GroupBy(a => a.Item, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"评分要点{g.Key}应有一个评价结论，实际有{g.Count()}个",
                    $"Item {g.Key} should have one answer, got {g.Count()}")));
        }

        problems.AddRange(findings
            .Where(f => f.Points > largestFinding)
            .Select(f => Unscored.Problem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Points),
                $"扣分{ReportFormat.Number(f.Points)}分大于一项扣分最多可扣的{ReportFormat.Number(largestFinding)}分（{f.Reason?.Chinese}）",
                $"The deduction of {ReportFormat.Number(f.Points)} points exceeds the {ReportFormat.Number(largestFinding)} points one judged deduction can take ({f.Reason?.Get(Language.English)})")));
        return problems;
    }

    /// <summary>The checklist items nobody answered: missing data, never a silent "not met".</summary>
    public static IReadOnlyList<FactProblem> Unanswered(Checklist checklist, IReadOnlyList<ChecklistAnswer> answers) =>
        [.. checklist.Items
            .Where(i => answers.All(a => a.Item != i.Key))
            .Select(i => Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                $"缺少评分要点{i.Key}（{i.Label.Chinese}）的评价结论",
                $"No answer for checklist item {i.Key} ({i.Label.Get(Language.English)})"))];

    /// <summary>Scores a checklist whose answers have passed <see cref="Errors"/> and <see cref="Unanswered"/>, less the findings.</summary>
    public static JudgedTally Tally(string ruleName, Checklist checklist, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        var byItem = answers.ToDictionary(a => a.Item, StringComparer.Ordinal);
        var result = checklist.Evaluate(answers.ToDictionary(a => a.Item, a => a.Met, StringComparer.Ordinal));
        var parts = new List<LocalizedText>();
        var deductions = new List<Deduction>();
        foreach (var unmet in result.Unmet)
        {
            var seen = byItem[unmet.Item.Key].Note;
            var item = ItemName(unmet.Item);
            var reason = new LocalizedText(
                $"{item.Chinese}不符合要求{(seen is null ? "" : "：" + Trim(seen))}，{ReportFormat.Deducted(unmet.PointsLost).Chinese}",
                $"{item.Get(Language.English)} not met{(seen is null ? "" : ": " + Trim(seen))}, {ReportFormat.Deducted(unmet.PointsLost).English}");
            parts.Add(reason);
            deductions.Add(Deduction.Judged(unmet.PointsLost, ruleName, reason, seen is null ? [] : [seen]));
        }

        var numbered = checklist.Items.All(i => IsNumber(i.Key));
        var allMet = numbered
            ? new LocalizedText(
                $"评分要点{string.Join("、", checklist.Items.Select(i => i.Key))}均符合要求，未发现扣分事项，{ReportFormat.Awarded(checklist.PointsAvailable).Chinese}",
                $"checklist items {string.Join(", ", checklist.Items.Select(i => i.Key))} all met and no deduction found, {ReportFormat.Awarded(checklist.PointsAvailable).English}")
            : new LocalizedText(
                $"{string.Join("；", checklist.Items.Select(i => i.Label.Chinese))}，符合要求，未发现扣分事项，{ReportFormat.Awarded(checklist.PointsAvailable).Chinese}",
                $"{string.Join("; ", checklist.Items.Select(i => i.Label.Get(Language.English)))}: met, no deduction found, {ReportFormat.Awarded(checklist.PointsAvailable).English}");
        return Deduct(ruleName, result.Score, findings, parts, deductions, allMet);
    }

    /// <summary>Scores <paramref name="points"/> less the findings, which have passed <see cref="Errors"/>.</summary>
    public static JudgedTally Tally(string ruleName, decimal points, IReadOnlyList<EvaluatorFinding> findings)
    {
        var none = new LocalizedText(
            $"未发现扣分事项，{ReportFormat.Awarded(points).Chinese}",
            $"no deduction found, {ReportFormat.Awarded(points).English}");
        return Deduct(ruleName, points, findings, [], [], none);
    }

    /// <summary>A finding as the note states it: "培训工种较为单一，不能满足市场需求，扣0.5分".</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="taken">The points it actually took: less than its own when the floor at 0 cut it.</param>
    public static LocalizedText Describe(Finding finding, decimal taken)
    {
        var reason = Trim(finding.Reason.Chinese);
        var english = Trim(finding.Reason.Get(Language.English));
        if (taken == finding.Points)
        {
            return new($"{reason}，{ReportFormat.Deducted(taken).Chinese}", $"{english}, {ReportFormat.Deducted(taken).English}");
        }

        return taken > 0m
            ? new($"{reason}，{ReportFormat.Deducted(taken).Chinese}（应扣{ReportFormat.Points(finding.Points)}分，以剩余分值为限）",
                $"{english}, {ReportFormat.Deducted(taken).English} ({ReportFormat.Points(finding.Points)} judged, limited to the points left)")
            : new($"{reason}（本指标分值已扣完，不再扣分）", $"{english} (no points left to deduct)");
    }

    private static JudgedTally Deduct(
        string ruleName, decimal available, IReadOnlyList<EvaluatorFinding> findings, List<LocalizedText> parts, List<Deduction> deductions, LocalizedText nothingLost)
    {
        var applied = new Findings(available).Apply(Sorted(findings).Select(f => f.ToFinding()));
        var left = applied.PointsDeducted;
        foreach (var finding in applied.Items)
        {
            // The floor at 0 (直至扣完为止) cuts the findings in their stable order, so the deductions add up to exactly the points lost.
            var taken = Math.Min(finding.Points, left);
            left -= taken;
            var reason = Describe(finding, taken);
            parts.Add(reason);
            if (taken > 0m)
            {
                deductions.Add(Deduction.Judged(taken, ruleName, reason, finding.Evidence));
            }
        }

        var note = parts.Count switch
        {
            0 => nothingLost,
            1 => parts[0],
            _ => Notes.Numbered(parts),
        };
        return new JudgedTally(applied.Score, note, deductions);
    }

    // The criteria number their items (评分要点1); an item keyed by a word instead is named by what it asks.
    private static LocalizedText ItemName(ChecklistItem item) => IsNumber(item.Key)
        ? new($"评分要点{item.Key}（{item.Label.Chinese}）", $"item {item.Key} ({item.Label.Get(Language.English)})")
        : item.Label;

    private static bool IsNumber(string key) => key.All(char.IsAsciiDigit);

    /// <summary>
    /// A sentence set as a clause of a note: evaluators' and reports' sentences often end with a full stop or a semicolon,
    /// and the note goes on after them ("，扣0.5分").
    /// </summary>
    internal static string Trim(string text) => text.Trim().TrimEnd('。', '；', ';', '.', '，', ',');
}
