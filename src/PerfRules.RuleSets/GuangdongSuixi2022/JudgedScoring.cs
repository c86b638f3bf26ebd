using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// <para>The lists are walked by index: they are interfaces (the engine's collections, a checklist's items), and a
/// foreach over an interface allocates an enumerator on every evaluation.</para>
/// </remarks>
internal static class JudgedScoring
{
    // A checklist's "all met" note depends on the checklist alone, so it is composed once per checklist, not per
    // evaluation; weak keys let a checklist built on the fly be collected with its note.
    private static readonly ConditionalWeakTable<Checklist, LocalizedText> AllMetNotes = new();

    // The note when no finding was made depends on the points alone (a rule's weight), so it is composed once per
    // points value, not per evaluation. Points that differ only in trailing zeros share a note: the note trims them.
    private static readonly ConcurrentDictionary<decimal, LocalizedText> NothingFoundNotes = new();

    /// <summary>The answers in a stable order: by item, then answer, then note.</summary>
    public static IReadOnlyList<ChecklistAnswer> Sorted(IReadOnlyList<ChecklistAnswer> answers) => StableOrder.Sorted(answers, StableOrder.Answers);

    /// <summary>The findings in a stable order: by reason, then points, then evidence.</summary>
    public static IReadOnlyList<EvaluatorFinding> Sorted(IReadOnlyList<EvaluatorFinding> findings) => StableOrder.Sorted(findings, StableOrder.Findings);

    /// <summary>
    /// What is wrong with the answers and findings: each fact's own problems; for a checklist, an answer for an item it
    /// does not have or two answers for one item; without a checklist, any answer at all; and a finding larger than
    /// <paramref name="largestFinding"/>, the most one judged deduction can take (C6).
    /// </summary>
    public static IReadOnlyList<FactProblem> Errors(
        Checklist? checklist, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings, decimal largestFinding)
    {
        // Valid input, the usual case, allocates no list.
        List<FactProblem>? problems = null;
        answers = Sorted(answers);
        findings = Sorted(findings);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            AddAll(ref problems, answer.Validate());
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            AddAll(ref problems, finding.Validate());
        }

        if (checklist is null)
        {
            for (var i = 0; i < answers.Count; i++)
            {
                var answer = answers[i];
                (problems ??= []).Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"本指标不按评分要点逐项计分，不应有评分要点“{answer.Item}”的答复",
                    $"This indicator has no checklist: the answer for item '{answer.Item}' has nothing to score"));
            }
        }
        else
        {
            for (var i = 0; i < answers.Count; i++)
            {
                var answer = answers[i];
                if (!string.IsNullOrWhiteSpace(answer.Item) && Item(checklist, answer.Item) is null)
                {
                    (problems ??= []).Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                        $"评分要点“{answer.Item}”不在本指标的评分要点（{Keys(checklist, "、")}）中",
                        $"Item '{answer.Item}' is not one of this indicator's checklist items ({Keys(checklist, ", ")})"));
                }
            }

            // The answers are sorted by item, so the answers for one item are adjacent, and the items come in order.
            for (var first = 0; first < answers.Count;)
            {
                var count = 1;
                while (first + count < answers.Count && string.Equals(answers[first + count].Item, answers[first].Item, StringComparison.Ordinal))
                {
                    count++;
                }

                if (count > 1)
                {
                    (problems ??= []).Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                        $"评分要点{answers[first].Item}应有一个评价结论，实际有{count}个",
                        $"Item {answers[first].Item} should have one answer, got {count}"));
                }

                first += count;
            }
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Points > largestFinding)
            {
                var points = ReportFormat.Number(finding.Points);
                var largest = ReportFormat.Number(largestFinding);
                (problems ??= []).Add(Unscored.Problem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Points),
                    $"扣分{points}分大于一项扣分最多可扣的{largest}分（{finding.Reason?.Chinese}）",
                    $"The deduction of {points} points exceeds the {largest} points one judged deduction can take ({finding.Reason?.Get(Language.English)})"));
            }
        }

        return problems ?? (IReadOnlyList<FactProblem>)[];
    }

    /// <summary>The checklist items nobody answered: missing data, never a silent "not met".</summary>
    public static IReadOnlyList<FactProblem> Unanswered(Checklist checklist, IReadOnlyList<ChecklistAnswer> answers)
    {
        List<FactProblem>? problems = null;
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (Answer(answers, item.Key) is null)
            {
                (problems ??= []).Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"缺少评分要点{item.Key}（{item.Label.Chinese}）的评价结论",
                    $"No answer for checklist item {item.Key} ({item.Label.Get(Language.English)})"));
            }
        }

        return problems ?? (IReadOnlyList<FactProblem>)[];
    }

    /// <summary>Scores a checklist whose answers have passed <see cref="Errors"/> and <see cref="Unanswered"/>, less the findings.</summary>
    /// <remarks>
    /// The items are walked here rather than through <see cref="Checklist.Evaluate"/>: the answers have passed the checks,
    /// so every item has exactly one answer, and Evaluate's dictionary of answers, per-item results and result record cost
    /// more than the scoring itself on every evaluation. The score is summed as <see cref="ChecklistResult.Score"/> sums
    /// it, item by item in the checklist's order, so it is the same decimal, scale included.
    /// </remarks>
    public static JudgedTally Tally(string ruleName, Checklist checklist, IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        var items = checklist.Items;
        var score = 0m;
        List<LocalizedText>? parts = null;
        List<Deduction>? deductions = null;
        for (var i = 0; i < items.Count; i++)
        {
            var checklistItem = items[i];
            var answer = Answer(answers, checklistItem.Key)!;
            score += answer.Met ? checklistItem.Points : 0m;
            if (answer.Met)
            {
                continue;
            }

            var seen = answer.Note;
            var item = ItemName(checklistItem);
            var deducted = ReportFormat.Deducted(checklistItem.Points);
            var reason = seen is null
                ? LocalizedText.WithEnglishOnRead($"{item.Chinese}不符合要求，{deducted.Chinese}", (item, deducted), static s => $"{s.item.Get(Language.English)} not met, {s.deducted.English}")
                : LocalizedText.WithEnglishOnRead($"{item.Chinese}不符合要求：{Trim(seen)}，{deducted.Chinese}", (item, seen, deducted), static s => $"{s.item.Get(Language.English)} not met: {Trim(s.seen)}, {s.deducted.English}");
            (parts ??= []).Add(reason);
            (deductions ??= []).Add(Deduction.Judged(checklistItem.Points, ruleName, reason, seen is null ? [] : [seen]));
        }

        return Deduct(ruleName, score, findings, parts, deductions, parts is null && findings.Count == 0 ? AllMetNotes.GetValue(checklist, AllMet) : null);
    }

    /// <summary>Scores <paramref name="points"/> less the findings, which have passed <see cref="Errors"/>.</summary>
    public static JudgedTally Tally(string ruleName, decimal points, IReadOnlyList<EvaluatorFinding> findings)
    {
        var none = findings.Count == 0 ? NothingFoundNotes.GetOrAdd(points, NothingFound) : null;
        return Deduct(ruleName, points, findings, null, null, none);
    }

    // A finding as the note states it: "培训工种较为单一，不能满足市场需求，扣0.5分". taken is the points it actually
    // took: less than its own when the floor at 0 cut it. It reads the evaluator's finding's reason and points directly,
    // without first making it into a Finding building block.
    private static LocalizedText Describe(LocalizedText findingReason, decimal findingPoints, decimal taken)
    {
        var reason = Trim(findingReason.Chinese);
        if (taken <= 0m)
        {
            return LocalizedText.WithEnglishOnRead($"{reason}（本指标分值已扣完，不再扣分）", findingReason, static r => $"{Trim(r.Get(Language.English))} (no points left to deduct)");
        }

        var deducted = ReportFormat.Deducted(taken);
        if (taken == findingPoints)
        {
            return LocalizedText.WithEnglishOnRead($"{reason}，{deducted.Chinese}", (findingReason, deducted), static s => $"{Trim(s.findingReason.Get(Language.English))}, {s.deducted.English}");
        }

        var judged = ReportFormat.Points(findingPoints);
        return LocalizedText.WithEnglishOnRead($"{reason}，{deducted.Chinese}（应扣{judged}分，以剩余分值为限）", (findingReason, deducted, judged),
            static s => $"{Trim(s.findingReason.Get(Language.English))}, {s.deducted.English} ({s.judged} judged, limited to the points left)");
    }

    // nothingLost is the note when no part was lost: needed, and so built, only when there is no part. The findings are
    // applied as Findings.Apply applies them (their sum, floored at the points available) without building the Finding,
    // Findings and FindingsResult objects, which an evaluation would only throw away.
    private static JudgedTally Deduct(
        string ruleName, decimal available, IReadOnlyList<EvaluatorFinding> findings, List<LocalizedText>? parts, List<Deduction>? deductions, LocalizedText? nothingLost)
    {
        findings = Sorted(findings);
        var raw = 0m;
        for (var i = 0; i < findings.Count; i++)
        {
            raw += findings[i].Points;
        }

        var deducted = Math.Min(raw, available);
        var left = deducted;
        for (var i = 0; i < findings.Count; i++)
        {
            // The floor at 0 (直至扣完为止) cuts the findings in their stable order, so the deductions add up to exactly the points lost.
            var finding = findings[i];
            var taken = Math.Min(finding.Points, left);
            left -= taken;
            var reason = Describe(finding.Reason!, finding.Points, taken);
            (parts ??= []).Add(reason);
            if (taken > 0m)
            {
                (deductions ??= []).Add(Deduction.Judged(taken, ruleName, reason, finding.Evidence));
            }
        }

        var note = parts?.Count switch
        {
            null or 0 => nothingLost ?? throw new InvalidOperationException("Nothing was lost, so the caller must give the note for it."),
            1 => parts[0],
            _ => Notes.Numbered(parts),
        };
        return new JudgedTally(available - deducted, note, deductions ?? (IReadOnlyList<Deduction>)[]);
    }

    private static LocalizedText NothingFound(decimal points)
    {
        var awarded = ReportFormat.Awarded(points);
        return LocalizedText.WithEnglishOnRead($"未发现扣分事项，{awarded.Chinese}", awarded, static a => $"no deduction found, {a.English}");
    }

    // The note when every item is met and nothing was found.
    private static LocalizedText AllMet(Checklist checklist)
    {
        var awarded = ReportFormat.Awarded(checklist.PointsAvailable);
        if (AreNumbered(checklist))
        {
            return new LocalizedText(
                $"评分要点{Keys(checklist, "、")}均符合要求，未发现扣分事项，{awarded.Chinese}",
                $"checklist items {Keys(checklist, ", ")} all met and no deduction found, {awarded.English}");
        }

        var chinese = new string[checklist.Items.Count];
        var english = new string[checklist.Items.Count];
        for (var i = 0; i < chinese.Length; i++)
        {
            chinese[i] = checklist.Items[i].Label.Chinese;
            english[i] = checklist.Items[i].Label.Get(Language.English);
        }

        return new LocalizedText(
            $"{string.Join("；", chinese)}，符合要求，未发现扣分事项，{awarded.Chinese}",
            $"{string.Join("; ", english)}: met, no deduction found, {awarded.English}");
    }

    private static bool AreNumbered(Checklist checklist)
    {
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (!IsNumber(item.Key))
            {
                return false;
            }
        }

        return true;
    }

    private static string Keys(Checklist checklist, string separator)
    {
        var keys = new string[checklist.Items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = checklist.Items[i].Key;
        }

        return string.Join(separator, keys);
    }

    private static ChecklistItem? Item(Checklist checklist, string key)
    {
        for (var i = 0; i < checklist.Items.Count; i++)
        {
            var item = checklist.Items[i];
            if (item.Key == key)
            {
                return item;
            }
        }

        return null;
    }

    private static ChecklistAnswer? Answer(IReadOnlyList<ChecklistAnswer> answers, string key)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (answer.Item == key)
            {
                return answer;
            }
        }

        return null;
    }

    private static void AddAll(ref List<FactProblem>? problems, IReadOnlyList<FactProblem> more)
    {
        if (more.Count > 0)
        {
            (problems ??= []).AddRange(more);
        }
    }

    // The criteria number their items (评分要点1); an item keyed by a word instead is named by what it asks.
    private static LocalizedText ItemName(ChecklistItem item) => IsNumber(item.Key)
        ? new($"评分要点{item.Key}（{item.Label.Chinese}）", $"item {item.Key} ({item.Label.Get(Language.English)})")
        : item.Label;

    private static bool IsNumber(string key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sentence set as a clause of a note: evaluators' and reports' sentences often end with a full stop or a semicolon,
    /// and the note goes on after them ("，扣0.5分").
    /// </summary>
    internal static string Trim(string text) => text.Trim().TrimEnd('。', '；', ';', '.', '，', ',');
}
