using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>
/// Deductions add up to effective weight minus score for every scored leaf; a scored group is the sum of its children;
/// a complete scorecard's reconciliation balances.
/// </summary>
internal static class DeductionsReconcile
{
    public static Violation? Check(RuleSet ruleSet, EvaluatedCase evaluated, bool reportThrown)
    {
        var evaluation = evaluated.Evaluation;
        if (evaluation.Error is not null)
        {
            // ScoresWithinWeights reports a thrown evaluation; the other properties then have nothing to check.
            return reportThrown ? ScoresWithinWeights.Thrown(evaluation) : null;
        }

        var card = evaluation.Card!;
        var rows = card.Indicators.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var row in card.Indicators.Where(r => r.IsLeaf && r.Outcome == IndicatorOutcome.Scored))
        {
            var deducted = row.Deductions.Sum(d => d.Points);
            var lost = row.EffectiveWeight - row.Score!.Value;
            if (deducted != lost)
            {
                return new Violation(
                    $"{row.Code} {row.Name.Chinese}: its deductions add up to {ReportFormat.Number(deducted)}, but effective weight {ReportFormat.Number(row.EffectiveWeight)} − score {ReportFormat.Number(row.Score.Value)} = {ReportFormat.Number(lost)}: every point lost must have a deduction that says why, and no more.",
                    evaluation.Facts, card, [row.Code]);
            }
        }

        foreach (var group in card.Indicators.Where(r => !r.IsLeaf && r.Score is not null))
        {
            var children = ruleSet.Indicators.Children(group.Code).Select(c => rows[c.Code]).ToList();
            if (children.All(c => c.Outcome is IndicatorOutcome.Scored or IndicatorOutcome.NotApplicable))
            {
                var sum = children.Sum(c => c.Score ?? 0m);
                if (sum != group.Score)
                {
                    return new Violation(
                        $"Group {group.Code} {group.Name.Chinese} scores {ReportFormat.Number(group.Score!.Value)}, but its children add up to {ReportFormat.Number(sum)}.",
                        evaluation.Facts, card, [group.Code, .. children.Select(c => c.Code)]);
                }
            }
        }

        if (card.Total is not null && !card.Reconciliation.IsBalanced)
        {
            var r = card.Reconciliation;
            return new Violation(
                $"The reconciliation does not balance: leaf sum {ReportFormat.Number(r.LeafSum)}, level-1 sum {ReportFormat.Number(r.LevelOneSum)}, raw total {card.RawTotal}, converted {card.ConvertedTotal}, total {card.Total}.",
                evaluation.Facts, card, []);
        }

        return null;
    }
}
