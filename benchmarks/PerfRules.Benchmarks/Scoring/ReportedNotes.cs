using PerfRules.Scorecards;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Reads what the hand-written baseline composes: every row's note and every deduction's reason, in Chinese. A scorecard
/// composes the notes it builds from parts when they are first read, so a benchmark that only returns the scorecard does
/// not pay for them; one that reads them through this compares like with like.
/// </summary>
internal static class ReportedNotes
{
    /// <summary>Reads the notes and reasons of <paramref name="scorecard"/>.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>Their total length in characters, so that the reading cannot be optimised away.</returns>
    public static int Read(Scorecard scorecard)
    {
        var length = 0;
        foreach (var row in scorecard.Indicators)
        {
            length += row.Note.Chinese.Length;
            foreach (var deduction in row.Deductions)
            {
                length += deduction.Reason.Chinese.Length;
            }
        }

        return length;
    }
}
