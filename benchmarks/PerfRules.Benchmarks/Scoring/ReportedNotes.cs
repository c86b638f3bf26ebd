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
        // Indexed loops: an enumerator per row would be the benchmark's own cost, not the library's.
        var length = 0;
        var rows = scorecard.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            length += rows[i].Note.Chinese.Length;
            var deductions = rows[i].Deductions;
            for (var j = 0; j < deductions.Count; j++)
            {
                length += deductions[j].Reason.Chinese.Length;
            }
        }

        return length;
    }
}
