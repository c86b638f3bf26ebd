namespace PerfRules.Scoring;

/// <summary>
/// Says which days are working days (工作日), for deadlines counted in working days (15个工作日). Inject one that
/// knows the year's public holidays and make-up working days (调休); <see cref="WeekendCalendar"/> is the simple one.
/// </summary>
/// <remarks>Implementations should be immutable and thread-safe: a deadline may be checked from many sessions at once.</remarks>
public interface IWorkingDayCalendar
{
    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    bool IsWorkingDay(DateOnly date);
}
