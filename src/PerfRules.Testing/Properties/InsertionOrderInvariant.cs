using PerfRules.Scorecards;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>The same facts inserted in another order give the identical scorecard, and the identical JSON.</summary>
internal static class InsertionOrderInvariant
{
    public static Violation? Check(EvaluatedCase evaluated)
    {
        var first = evaluated.Evaluation;
        var second = evaluated.Shuffled;
        if (first.Error is not null || second.Error is not null)
        {
            return (first.Error?.GetType(), first.Error?.Message) == (second.Error?.GetType(), second.Error?.Message)
                ? null
                : new Violation(
                    $"Inserted in another order, the evaluation {(first.Error is null ? "threw" : "no longer threw")}: {(first.Error ?? second.Error)!.Message}",
                    second.Facts, first.Card ?? second.Card, []);
        }

        if (first.Card == second.Card && ScorecardJson.Serialize(first.Card!) == ScorecardJson.Serialize(second.Card!))
        {
            return null;
        }

        var (where, codes) = ScorecardDifference.Find(first.Card!, second.Card!);
        return new Violation(
            $"Inserting the same facts in another order changed the scorecard: {where}. The facts below are in the second order; the explanation is the second scorecard's.",
            second.Facts, second.Card, codes);
    }
}
