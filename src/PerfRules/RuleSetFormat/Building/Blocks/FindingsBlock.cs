using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>findings</c>: full points less every <see cref="EvaluatorFinding"/> of the indicator's code, floored at 0 (财务合规性:
/// 6 − 4 × 0.5 = 4). The floor cuts the findings in a stable order, so the deductions add up to exactly the points lost.
/// A finding larger than <c>largestFinding</c>, one without evidence when evidence is required, one whose evidence cites
/// none of the facts it must rest on, or a <see cref="ChecklistAnswer"/> for the indicator (it has no checklist) is an error.
/// </summary>
internal sealed class FindingsBlock(decimal points, decimal largestFinding, bool requireEvidence, bool citeEvidence, (FactTypeInfo Type, FieldAccessor Field)? mustCite, Formula? mustCiteReads)
    : IScoringBlock
{
    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => mustCiteReads is null ? [] : [mustCiteReads];

    public IEnumerable<Type> OwnCodeFacts => [typeof(EvaluatorFinding), typeof(ChecklistAnswer)];

    public BlockOutcome Score(BlockContext context)
    {
        var findings = JudgedTally.Findings(context);
        var errors = context.Facts.OfType<ChecklistAnswer>()
            .Where(a => a.IndicatorCode == context.Code)
            .OrderBy(a => a.Item, StringComparer.Ordinal)
            .Select(a => new FactProblem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item), new LocalizedText(
                $"本指标不按评分要点逐项计分，不应有评分要点“{a.Item}”的答复", $"this indicator has no checklist: the answer for item \"{a.Item}\" has nothing to score")))
            .Concat(JudgedTally.TooLarge(findings, largestFinding))
            .ToList();
        if (requireEvidence)
        {
            errors.AddRange(findings.Where(f => f.Evidence.Count == 0).Select(f => new FactProblem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Evidence), new LocalizedText(
                $"扣分（{f.Reason?.Chinese}）未列明凭证等证据", $"the finding ({f.Reason?.Get(Language.English)}) cites no evidence"))));
        }

        if (mustCite is var (citedType, cited))
        {
            var sources = context.Scope.FactsOf(citedType.Type)
                .Select(f => cited.Read(f)).OfType<FormulaValue>().Select(v => v.Text).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(findings.Where(f => !f.Evidence.Any(sources.Contains)).Select(f => new FactProblem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Evidence), new LocalizedText(
                $"扣分（{f.Reason?.Chinese}）须在证据中注明所依据的{cited.FactType}（{cited.FactType}.{cited.Name}）",
                $"the finding ({f.Reason?.Get(Language.English)}) must name in its evidence the {cited.FactType} it rests on ({cited.FactType}.{cited.Name})"))));
        }

        if (errors.Count > 0)
        {
            return BlockOutcome.Error(errors);
        }

        var nothing = LocalizedText.WithEnglishOnRead($"未发现扣分事项，{ReportFormat.Awarded(Points).Chinese}", Points, static p => $"no deduction found, {ReportFormat.Awarded(p).English}");
        var losses = new List<Loss>();
        var (score, note) = JudgedTally.Deduct(Points, findings, [], losses, nothing);
        if (citeEvidence && losses.Count > 0 && losses.Count == findings.Count)
        {
            // The report cites each finding's vouchers (例如：2022年4月20#、2022年9月40#凭证); when the floor left some finding
            // without points, the note that lists those too is kept.
            note = Notes.Numbered(losses.Select(static l => LocalizedText.WithEnglishOnRead(
                $"{l.Reason.Chinese}（例如：{string.Join("、", l.Evidence)}）",
                l,
                static l => $"{l.Reason.Get(Language.English)} (e.g. {string.Join(", ", l.Evidence)})")));
        }

        return BlockOutcome.Scored(Points, score, note, losses);
    }
}
