using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>parts</c>: an indicator made of parts (资金下达合法性 = 转移支付部分 2 + 部门预算部分 1), each a block with its own points;
/// the score is their sum, out of the points of the parts that apply. A part that does not apply adds nothing to either.
/// </summary>
internal sealed class PartsBlock(IReadOnlyList<PartsBlock.Part> parts) : IScoringBlock
{
    public decimal Points { get; } = parts.Sum(p => p.Block.Points);

    public IEnumerable<Formula> Formulas => parts.SelectMany(p => p.Block.Formulas.Concat(p.NotApplicable is null ? [] : [p.NotApplicable.Formula]));

    public IEnumerable<Type> OwnCodeFacts => parts.SelectMany(p => p.Block.OwnCodeFacts).Distinct();

    public BlockOutcome Score(BlockContext context)
    {
        var missing = new List<FactProblem>();
        var errors = new List<FactProblem>();
        var notes = new List<LocalizedText>();
        var losses = new List<Loss>();
        var score = 0m;
        var applicable = 0m;
        foreach (var part in parts)
        {
            if (part.NotApplicable is { } condition)
            {
                var holds = condition.Evaluate(context);
                if (holds.Kind != FormulaValueKind.Boolean)
                {
                    var failure = condition.Failure(holds);
                    missing.AddRange(failure.Missing);
                    errors.AddRange(failure.Errors);
                    continue;
                }

                if (holds.AsBoolean())
                {
                    notes.Add(new LocalizedText(
                        $"{part.Name.Chinese}不适用：{part.Reason!.Chinese}，该部分{ReportFormat.Number(part.Block.Points)}分不计",
                        $"{part.Name.Get(Language.English)} does not apply: {part.Reason!.Get(Language.English)}; its {ReportFormat.Number(part.Block.Points)} points do not count"));
                    continue;
                }
            }

            var outcome = part.Block.Score(context);
            if (!outcome.IsScored)
            {
                missing.AddRange(outcome.Missing);
                errors.AddRange(outcome.Errors);
                continue;
            }

            score += outcome.Score!.Value;
            applicable += outcome.Base;
            notes.Add(new LocalizedText($"{part.Name.Chinese}：{outcome.Note.Chinese}", $"{part.Name.Get(Language.English)}: {outcome.Note.Get(Language.English)}"));
            losses.AddRange(outcome.Losses.Select(l => l.Prefixed(part.Name)));
        }

        if (missing.Count > 0 || errors.Count > 0)
        {
            return BlockOutcome.Failed(missing, errors);
        }

        return applicable == 0m
            ? BlockOutcome.NotApplicable(Notes.Numbered(notes))
            : BlockOutcome.Scored(applicable, score, Notes.Numbered(notes), losses);
    }

    /// <summary>One part: its name, its block (built for the part's points), and when it does not apply.</summary>
    internal sealed record Part(string Key, LocalizedText Name, IScoringBlock Block, BoundFormula? NotApplicable, LocalizedText? Reason);
}
