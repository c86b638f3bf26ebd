using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>How a group's result follows from its children's: the sum when all are scored, the worst outcome otherwise.</summary>
internal static class GroupScore
{
    private static readonly LocalizedText ChildError = new("下级指标有误，未计分", "A child indicator has an error: not scored");
    private static readonly LocalizedText ChildMissingData = new("下级指标缺少数据，未计分", "A child indicator lacks data: not scored");
    private static readonly LocalizedText NoChildApplies = new("下级指标均不适用", "No child indicator applies");

    public static IndicatorResult Of(IndicatorDefinition group, IReadOnlyList<IndicatorResult> children)
    {
        // One pass for everything the outcome needs: groups are re-scored whenever a child changes.
        var errors = false;
        var missing = false;
        var scored = 0;
        var score = 0m;
        var effectiveWeight = 0m;
        var problemCount = 0;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            errors |= child.Outcome == IndicatorOutcome.Error;
            missing |= child.Outcome == IndicatorOutcome.MissingData;
            if (child.Outcome == IndicatorOutcome.Scored)
            {
                scored++;
                score += child.Score!.Value;
            }

            effectiveWeight += child.EffectiveWeight;
            problemCount += child.Problems.Count;
        }

        if (errors)
        {
            return IndicatorResult.Error(group.Code, group.Weight, ChildError, Problems(children, problemCount));
        }

        if (missing)
        {
            return IndicatorResult.MissingData(group.Code, group.Weight, ChildMissingData, Problems(children, problemCount));
        }

        if (scored == 0)
        {
            return IndicatorResult.NotApplicable(group.Code, group.Weight, NoChildApplies);
        }

        // A group is re-scored whenever a child changes, so its English, read only by English reports, is composed on read.
        var points = Explanations.ReportFormat.Points(score);
        return IndicatorResult.Scored(
            group.Code,
            group.Weight,
            effectiveWeight,
            score,
            LocalizedText.WithEnglishOnRead($"下级指标得分合计{points}分", points, static p => $"Sum of child scores: {p}"));
    }

    private static FactProblem[] Problems(IReadOnlyList<IndicatorResult> children, int count)
    {
        var problems = new FactProblem[count];
        var next = 0;
        for (var i = 0; i < children.Count; i++)
        {
            for (var j = 0; j < children[i].Problems.Count; j++)
            {
                problems[next++] = children[i].Problems[j];
            }
        }

        return problems;
    }
}
