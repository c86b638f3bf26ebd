using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>checklist</c>: items worth fixed points (预算编制合理性: 3 × 1), each answered met or not by a <see cref="ChecklistAnswer"/>
/// of the indicator's code. An unanswered item is missing data, an answer to no item or two answers to one an error.
/// </summary>
internal sealed class ChecklistBlock(Checklist checklist) : IScoringBlock
{
    public decimal Points => checklist.PointsAvailable;

    public IEnumerable<Formula> Formulas => [];

    public IEnumerable<Type> OwnCodeFacts => [typeof(ChecklistAnswer)];

    public BlockOutcome Score(BlockContext context)
    {
        var answers = context.Facts.OfType<ChecklistAnswer>()
            .Where(a => a.IndicatorCode == context.Code)
            .OrderBy(a => a.Item, StringComparer.Ordinal).ThenBy(a => a.Met).ThenBy(a => a.Note, StringComparer.Ordinal)
            .ToList();
        var keys = string.Join("、", checklist.Items.Select(i => i.Key));
        var errors = answers
            .Where(a => checklist.Items.All(i => i.Key != a.Item))
            .Select(a => new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                $"评分要点“{a.Item}”不在本指标的评分要点（{keys}）中", $"item \"{a.Item}\" is not one of this indicator's checklist items ({string.Join(", ", checklist.Items.Select(i => i.Key))})")))
            .Concat(answers.GroupBy(a => a.Item, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g =>
                new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                    $"评分要点{g.Key}应有一个评价结论，实际有{g.Count()}个", $"item {g.Key} should have one answer, got {g.Count()}"))))
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
        var losses = new List<Loss>();
        foreach (var unmet in result.Unmet)
        {
            var seen = byItem[unmet.Item.Key].Note;
            var reason = new LocalizedText(
                $"评分要点{unmet.Item.Key}（{unmet.Item.Label.Chinese}）不符合要求{(seen is null ? "" : "：" + Trim(seen))}，{ReportFormat.Deducted(unmet.PointsLost).Chinese}",
                $"item {unmet.Item.Key} ({unmet.Item.Label.Get(Language.English)}) not met{(seen is null ? "" : ": " + Trim(seen))}, {ReportFormat.Deducted(unmet.PointsLost).English}");
            var input = ScoringInput.OfText(new LocalizedText($"评分要点{unmet.Item.Key}是否符合", $"item {unmet.Item.Key} met"), "否", nameof(ChecklistAnswer), nameof(ChecklistAnswer.Met));
            losses.Add(Loss.Judged(unmet.PointsLost, reason, [input], seen is null ? [] : [seen]));
        }

        var note = losses.Count == 0
            ? new LocalizedText(
                $"评分要点{keys}均符合要求，{ReportFormat.Awarded(result.Score).Chinese}",
                $"checklist items {string.Join(", ", checklist.Items.Select(i => i.Key))} all met, {ReportFormat.Awarded(result.Score).English}")
            : Notes.Join(Notes.Numbered(losses.Select(l => l.Reason)), ReportFormat.Awarded(result.Score));
        return BlockOutcome.Scored(Points, result.Score, note, losses);
    }

    // Evaluators' sentences often end with a full stop; the note appends "，扣1分" after them.
    internal static string Trim(string text) => text.Trim().TrimEnd('。', '；', ';', '.', '，', ',');
}
