using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>How a group's result follows from its children's: the sum when all are scored, the worst outcome otherwise.</summary>
internal static class GroupScore
{
    public static IndicatorResult Of(IndicatorDefinition group, IReadOnlyList<IndicatorResult> children)
    {
        var problems = children.SelectMany(c => c.Problems).ToList();
        if (children.Any(c => c.Outcome == IndicatorOutcome.Error))
        {
            return IndicatorResult.Error(group.Code, group.Weight, new LocalizedText("下级指标有误，未计分", "A child indicator has an error: not scored"), problems);
        }

        if (children.Any(c => c.Outcome == IndicatorOutcome.MissingData))
        {
            return IndicatorResult.MissingData(group.Code, group.Weight, new LocalizedText("下级指标缺少数据，未计分", "A child indicator lacks data: not scored"), problems);
        }

        var scored = children.Where(c => c.Outcome == IndicatorOutcome.Scored).ToList();
        if (scored.Count == 0)
        {
            return IndicatorResult.NotApplicable(group.Code, group.Weight, new LocalizedText("下级指标均不适用", "No child indicator applies"));
        }

        var score = scored.Sum(c => c.Score!.Value);
        var effectiveWeight = children.Sum(c => c.EffectiveWeight);
        return IndicatorResult.Scored(
            group.Code,
            group.Weight,
            effectiveWeight,
            score,
            new LocalizedText($"下级指标得分合计{Explanations.ReportFormat.Points(score)}分", $"Sum of child scores: {Explanations.ReportFormat.Points(score)}"));
    }
}
