using PerfRules.Scorecards;

namespace PerfRules.Testing.Properties;

/// <summary>Where two scorecards that should be identical differ, in words, with the indicators concerned.</summary>
internal static class ScorecardDifference
{
    public static (string Where, IReadOnlyList<string> Codes) Find(Scorecard expected, Scorecard actual)
    {
        foreach (var (first, second) in expected.Indicators.Zip(actual.Indicators))
        {
            if (first != second)
            {
                var what = first.Score != second.Score ? $"score {first.Score} vs {second.Score}"
                    : first.Outcome != second.Outcome ? $"outcome {first.Outcome} vs {second.Outcome}"
                    : first.Note != second.Note ? $"note “{first.Note.Chinese}” vs “{second.Note.Chinese}”"
                    : first.Metric != second.Metric ? $"metric {first.Metric?.Value} vs {second.Metric?.Value}"
                    : !first.Deductions.SequenceEqual(second.Deductions) ? "deductions"
                    : !first.Problems.SequenceEqual(second.Problems) ? "problems"
                    : "another field";
                return ($"indicator {first.Code} {first.Name.Chinese} differs: {what}", [first.Code]);
            }
        }

        var member =
            expected.Indicators.Count != actual.Indicators.Count ? "the number of indicators"
            : expected.Total != actual.Total ? $"the total ({expected.Total} vs {actual.Total})"
            : expected.Grade != actual.Grade ? "the grade"
            : !expected.TopDeductions.SequenceEqual(actual.TopDeductions) ? "the ranking of deductions"
            : !expected.Problems.SequenceEqual(actual.Problems) ? "the list of problems"
            : expected.Reconciliation != actual.Reconciliation ? "the reconciliation"
            : expected.SelfAssessment != actual.SelfAssessment ? "the self-assessment"
            : expected.Adjustments != actual.Adjustments ? "the adjustments"
            : "a header field (department, year, dates, hash, applicable points)";
        return ($"{member} differs", []);
    }
}
