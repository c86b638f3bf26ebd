using System.Text;
using PerfRules.Explanations;
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

        // A group is re-scored whenever a child changes, so its note is composed when first read.
        return IndicatorResult.Scored(group.Code, group.Weight, effectiveWeight, score, new LocalizedText(new SumOfChildren(score)));
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

    // "下级指标得分合计80.81分" / "Sum of child scores: 80.81".
    private sealed class SumOfChildren(decimal score) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language)
        {
            ReportFormat.AppendPoints(builder.Append(language == Language.Chinese ? "下级指标得分合计" : "Sum of child scores: "), score);
            return language == Language.Chinese ? builder.Append('分') : builder;
        }

        public override bool HasSameInputs(DeferredEnglish other) => other is SumOfChildren sum && sum.Score == score;

        private decimal Score => score;
    }
}
