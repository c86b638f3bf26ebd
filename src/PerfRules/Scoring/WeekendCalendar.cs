namespace PerfRules.Scoring;

/// <summary>
/// A working-day calendar where Monday to Friday are working days, except the holidays given, and the make-up
/// working days given (调休上班日, often a Saturday or Sunday) are working days too.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeekendCalendar : IWorkingDayCalendar
{
    /// <summary>Monday to Friday, no holidays.</summary>
    public static readonly WeekendCalendar Default = new();

    // Null when there are none: the default calendar is built whenever evaluation options are, so it builds no set of dates.
    private readonly HashSet<DateOnly>? _holidays;
    private readonly HashSet<DateOnly>? _makeUpWorkingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Public holidays that fall on weekdays (法定节假日).</param>
    /// <param name="makeUpWorkingDays">Weekend days that are working days (调休上班日).</param>
    /// <exception cref="ArgumentException">A date is both a holiday and a make-up working day.</exception>
    public WeekendCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? makeUpWorkingDays = null)
    {
        _holidays = DatesOf(holidays);
        _makeUpWorkingDays = DatesOf(makeUpWorkingDays);
        if (_holidays is null || _makeUpWorkingDays is null)
        {
            return;
        }

        var both = new List<DateOnly>();
        foreach (var date in _holidays)
        {
            if (_makeUpWorkingDays.Contains(date))
            {
                both.Add(date);
            }
        }

        if (both.Count > 0)
        {
            both.Sort();
            throw new ArgumentException(
                $"A date cannot be both a holiday and a make-up working day: {string.Join(", ", both)}.", nameof(makeUpWorkingDays));
        }
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays?.Contains(date) == true
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && _holidays?.Contains(date) != true);

    private static HashSet<DateOnly>? DatesOf(IEnumerable<DateOnly>? dates) =>
        dates is null ? null : new HashSet<DateOnly>(dates) is { Count: > 0 } set ? set : null;
}
