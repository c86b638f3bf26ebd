using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>An indicator whose result changed between two scorecards: the scores before and after, and the new note saying why.</summary>
/// <param name="Code">The indicator's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="ScoreBefore">The score before (null when it was not scored).</param>
/// <param name="ScoreAfter">The score after (null when it is not scored).</param>
/// <param name="OutcomeBefore">The outcome before.</param>
/// <param name="OutcomeAfter">The outcome after.</param>
/// <param name="NoteAfter">The scoring note after the change: why the indicator now scores what it does.</param>
public sealed record IndicatorChange(
    string Code,
    LocalizedText Name,
    decimal? ScoreBefore,
    decimal? ScoreAfter,
    IndicatorOutcome OutcomeBefore,
    IndicatorOutcome OutcomeAfter,
    LocalizedText NoteAfter)
{
    /// <summary>After minus before, when both were scored.</summary>
    public decimal? Delta => ScoreAfter - ScoreBefore;
}
