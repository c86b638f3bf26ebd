using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>checklist</c>: items worth fixed points (预算编制合理性: 3 × 1), each answered met or not by a <see cref="ChecklistAnswer"/>
/// of the indicator's code, less the evaluator's findings (<see cref="EvaluatorFinding"/>) for what an item met only in
/// part, floored at 0. An unanswered item is missing data; an answer to no item, two answers to one, or a finding larger
/// than <c>largestFinding</c> (by default the largest item) is an error.
/// </summary>
internal sealed class ChecklistBlock(Checklist checklist, decimal largestFinding, bool quoteMetNotes) : IScoringBlock
{
    // The note when every item is met, the same in every evaluation: composed on first use (racing threads compose equal texts).
    private LocalizedText? _allMet;

    public decimal Points => checklist.PointsAvailable;

    public IEnumerable<Formula> Formulas => [];

    public IEnumerable<Type> OwnCodeFacts => [typeof(ChecklistAnswer), typeof(EvaluatorFinding)];

    public BlockOutcome Score(BlockContext context)
    {
        var answers = context.Facts.OfType<ChecklistAnswer>()
            .Where(a => a.IndicatorCode == context.Code)
            .OrderBy(a => a.Item, StringComparer.Ordinal).ThenBy(a => a.Met).ThenBy(a => a.Note, StringComparer.Ordinal)
            .ToList();
        var findings = JudgedTally.Findings(context);
        var keys = string.Join("、", checklist.Items.Select(i => i.Key));
        var errors = answers
            .Where(a => !string.IsNullOrWhiteSpace(a.Item) && checklist.Items.All(i => i.Key != a.Item))
            .Select(a => new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                $"评分要点“{a.Item}”不在本指标的评分要点（{keys}）中", $"item \"{a.Item}\" is not one of this indicator's checklist items ({string.Join(", ", checklist.Items.Select(i => i.Key))})")))
            .Concat(answers.GroupBy(a => a.Item, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g =>
                new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                    $"评分要点{g.Key}应有一个评价结论，实际有{g.Count()}个", $"item {g.Key} should have one answer, got {g.Count()}"))))
            .Concat(JudgedTally.TooLarge(findings, largestFinding))
            .ToList();
        if (errors.Count > 0)
        {
            return BlockOutcome.Error(errors);
        }

        var missing = checklist.Items.Where(i => answers.All(a => a.Item != i.Key)).Select(i =>
            new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                $"缺少评分要点{i.Key}（{i.Label.Chinese}）的评价结论", $"no answer for checklist item {i.Key} ({i.Label.Get(Language.English)})"))).ToList();
        if (missing.Count > 0)
        {
            return BlockOutcome.MissingData(missing);
        }

        var byItem = answers.ToDictionary(a => a.Item, StringComparer.Ordinal);
        var result = checklist.Evaluate(answers.ToDictionary(a => a.Item, a => a.Met, StringComparer.Ordinal));
        var clauses = new List<LocalizedText>();
        var losses = new List<Loss>();
        foreach (var unmet in result.Unmet)
        {
            var seen = byItem[unmet.Item.Key].Note;
            var item = ItemName(unmet.Item);
            var reason = LocalizedText.WithEnglishOnRead(
                $"{item.Chinese}不符合要求{(seen is null ? "" : "：" + BoundTemplate.Clause(seen))}，{ReportFormat.Deducted(unmet.PointsLost).Chinese}",
                (item, seen, unmet.PointsLost),
                static s => $"{s.item.Get(Language.English)} not met{(s.seen is null ? "" : ": " + BoundTemplate.Clause(s.seen))}, {ReportFormat.Deducted(s.PointsLost).English}");
            clauses.Add(reason);
            var input = ScoringInput.OfText(LocalizedText.WithEnglishOnRead($"评分要点{unmet.Item.Key}是否符合", unmet.Item.Key, static key => $"item {key} met"), "否", nameof(ChecklistAnswer), nameof(ChecklistAnswer.Met));
            losses.Add(Loss.Judged(unmet.PointsLost, reason, [input], seen is null ? [] : [seen]));
        }

        var (score, note) = JudgedTally.Deduct(result.Score, findings, clauses, losses, _allMet ??= AllMet());
        var found = quoteMetNotes
            ? answers.Where(a => a.Met && !string.IsNullOrWhiteSpace(a.Note)).Select(a => a.Note!).ToList()
            : [];
        if (found.Count > 0)
        {
            note = Notes.Join(LocalizedText.WithEnglishOnRead($"经查：{string.Join("；", found)}", found, static found => $"found: {string.Join("; ", found)}"), note);
        }

        return BlockOutcome.Scored(Points, score, note, losses);
    }

    // Numbered items are named by their number (评分要点1、2、3均符合要求); items keyed by a word, by what they ask.
    private LocalizedText AllMet()
    {
        var awarded = ReportFormat.Awarded(checklist.PointsAvailable);
        return checklist.Items.All(i => IsNumber(i.Key))
            ? new LocalizedText(
                $"评分要点{string.Join("、", checklist.Items.Select(i => i.Key))}均符合要求，未发现扣分事项，{awarded.Chinese}",
                $"checklist items {string.Join(", ", checklist.Items.Select(i => i.Key))} all met and no deduction found, {awarded.English}")
            : new LocalizedText(
                $"{string.Join("；", checklist.Items.Select(i => i.Label.Chinese))}，符合要求，未发现扣分事项，{awarded.Chinese}",
                $"{string.Join("; ", checklist.Items.Select(i => i.Label.Get(Language.English)))}: met, no deduction found, {awarded.English}");
    }

    private static LocalizedText ItemName(ChecklistItem item) => IsNumber(item.Key)
        ? LocalizedText.WithEnglishOnRead($"评分要点{item.Key}（{item.Label.Chinese}）", item, static item => $"item {item.Key} ({item.Label.Get(Language.English)})")
        : item.Label;

    private static bool IsNumber(string key) => key.All(char.IsAsciiDigit);
}
