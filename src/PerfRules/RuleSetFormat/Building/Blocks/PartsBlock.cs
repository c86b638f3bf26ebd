using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>parts</c>: an indicator made of parts (资金下达合法性 = 转移支付部分 2 + 部门预算部分 1), each a block with its own points;
/// the score is their sum, out of the points of the parts that apply. A part that does not apply adds nothing to either.
/// The note numbers the parts' notes, each opened by the part's name unless <c>nameParts</c> is false; the indicator shows
/// the metric of its one part that has a metric.
/// </summary>
internal sealed class PartsBlock(IReadOnlyList<PartsBlock.Part> parts, bool nameParts) : IScoringBlock
{
    public decimal Points { get; } = PointSums.Of(parts, p => p.Block.Points);

    /// <summary>Whether a part words its own note when it does not apply, saying where its points go, so the indicator need not.</summary>
    public bool StatesWherePointsGo { get; } = parts.Any(p => p.NotApplicableNote is not null);

    public IEnumerable<Formula> Formulas => parts.SelectMany(p => p.Block.Formulas
        .Concat(p.NotApplicable is null ? [] : [p.NotApplicable.Formula])
        .Concat(p.NotApplicableNote?.Formulas ?? []));

    public IEnumerable<Type> OwnCodeFacts => parts.SelectMany(p => p.Block.OwnCodeFacts).Distinct();

    public BlockOutcome Score(BlockContext context)
    {
        var missing = new List<FactProblem>();
        var errors = new List<FactProblem>();
        var notes = new List<LocalizedText>();
        var losses = new List<Loss>();
        var metrics = new List<(MetricValue Metric, LocalizedText? Hit)>();
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
                    if (part.NotApplicableNote is { } template)
                    {
                        if (template.Render(context, null, out var failure) is { } written)
                        {
                            notes.Add(written);
                        }
                        else
                        {
                            missing.AddRange(failure!.Missing);
                            errors.AddRange(failure.Errors);
                        }

                        continue;
                    }

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
            if (outcome.Metric is { } metric)
            {
                metrics.Add((metric, outcome.Hit));
            }

            notes.Add(nameParts
                ? new LocalizedText($"{part.Name.Chinese}：{outcome.Note.Chinese}", $"{part.Name.Get(Language.English)}: {outcome.Note.Get(Language.English)}")
                : outcome.Note);
            losses.AddRange(nameParts ? outcome.Losses.Select(l => l.Prefixed(part.Name)) : outcome.Losses);
        }

        if (missing.Count > 0 || errors.Count > 0)
        {
            return BlockOutcome.Failed(missing, errors);
        }

        if (applicable == 0m)
        {
            return BlockOutcome.NotApplicable(Notes.Numbered(notes));
        }

        // The indicator shows a metric only when one part alone computed one: two parts' metrics would compete for one place.
        var (shown, hit) = metrics.Count == 1 ? metrics[0] : (null, null);
        return BlockOutcome.Scored(applicable, score, Notes.Numbered(notes), losses, shown, hit);
    }

    /// <summary>One part: its name, its block (built for the part's points), when it does not apply, and the note it then has.</summary>
    internal sealed record Part(string Key, LocalizedText Name, IScoringBlock Block, BoundFormula? NotApplicable, LocalizedText? Reason, BoundTemplate? NotApplicableNote);
}
