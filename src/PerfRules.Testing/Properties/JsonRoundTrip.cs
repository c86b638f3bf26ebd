using System.Text.Json;
using PerfRules.Scorecards;
using PerfRules.Testing.Running;

namespace PerfRules.Testing.Properties;

/// <summary>A scorecard written to JSON and read back is identical to it, and writes the identical JSON.</summary>
internal static class JsonRoundTrip
{
    public static Violation? Check(EvaluatedCase evaluated, bool reportThrown)
    {
        var evaluation = evaluated.Evaluation;
        if (evaluation.Error is not null)
        {
            // ScoresWithinWeights reports a thrown evaluation; the other properties then have nothing to check.
            return reportThrown ? ScoresWithinWeights.Thrown(evaluation) : null;
        }

        var card = evaluation.Card!;
        string json;
        Scorecard back;
        try
        {
            json = ScorecardJson.Serialize(card);
            back = ScorecardJson.Deserialize(json);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return new Violation($"The scorecard does not survive JSON: {exception.GetType().Name}: {exception.Message}", evaluation.Facts, card, []);
        }

        if (back != card)
        {
            var (where, codes) = ScorecardDifference.Find(card, back);
            return new Violation($"The scorecard read back from JSON is not the one written: {where}.", evaluation.Facts, card, codes);
        }

        return ScorecardJson.Serialize(back) == json
            ? null
            : new Violation("The scorecard read back from JSON writes different JSON.", evaluation.Facts, card, []);
    }
}
