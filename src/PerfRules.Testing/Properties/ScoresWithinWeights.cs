using PerfRules.Engine;
using PerfRules.Explanations;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>Every indicator's score lies in [0, effective weight]; the total in [0, maximum]; the evaluation never throws.</summary>
internal static class ScoresWithinWeights
{
    public static Violation? Check(EvaluatedCase evaluated)
    {
        var evaluation = evaluated.Evaluation;
        if (Thrown(evaluation) is { } thrown)
        {
            return thrown;
        }

        var card = evaluation.Card!;
        foreach (var row in card.Indicators)
        {
            if (row.Score is { } score && (score < 0m || score > row.EffectiveWeight))
            {
                return new Violation(
                    $"{row.Code} {row.Name.Chinese} scores {ReportFormat.Number(score)}, outside [0, {ReportFormat.Number(row.EffectiveWeight)}] (its effective weight).",
                    evaluation.Facts, card, [row.Code]);
            }
        }

        if (card.Total is { } total && (total < 0m || total > card.MaximumScore))
        {
            return new Violation(
                $"The total {ReportFormat.Number(total)} lies outside [0, {ReportFormat.Number(card.MaximumScore)}] (the maximum score).",
                evaluation.Facts, card, []);
        }

        return null;
    }

    /// <summary>A violation for an evaluation that threw: a rule set must report bad input in the scorecard, never throw.</summary>
    public static Violation? Thrown(ScoredFacts evaluation) =>
        evaluation.Error is { } error
            ? new Violation(
                $"The evaluation threw: {Describe(error)}. A rule set must report bad input in the scorecard (an Error outcome), never throw; a rule whose score falls outside [0, effective weight] throws here.",
                evaluation.Facts, null, [])
            : null;

    private static string Describe(Exception error) =>
        error is RuleEvaluationException { InnerException: { } inner } rule
            ? $"rule '{string.Join("', '", rule.RuleNames)}' threw {inner.GetType().Name}: {inner.Message}"
            : $"{error.GetType().Name}: {error.Message}";
}
