using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>
/// A time limit (时限) for publishing or submitting something: within N calendar days of an approval (预算法 art. 14:
/// 20 days), within N working days through an <see cref="IWorkingDayCalendar"/>, or by a fixed date.
/// </summary>
/// <remarks>
/// <para>"Within N days of the approval" counts from the day after the approval: approved 2022-04-18 with 20 days,
/// the last day on time is 2022-05-08, which is itself on time. A fixed date is on time up to and including that
/// date. Lateness is counted in calendar days past the due date.</para>
/// <para>A date before its approval is an error (<see cref="DateBeforeApprovalException"/>), never scored.
/// Immutable and thread-safe when the calendar is.</para>
/// </remarks>
public sealed class Deadline
{
    // A calendar with no working day in ten years is broken; stop rather than loop forever.
    private const int MaxDaysSearched = 3660;

    private Deadline(DeadlineKind kind, int? days, DateOnly? fixedDate, IWorkingDayCalendar? calendar)
    {
        Kind = kind;
        Days = days;
        FixedDate = fixedDate;
        Calendar = calendar;
    }

    /// <summary>How the deadline is set.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>The number of days allowed after the approval, or <see langword="null"/> for a fixed date.</summary>
    public int? Days { get; }

    /// <summary>The fixed date, or <see langword="null"/> for a deadline relative to an approval.</summary>
    public DateOnly? FixedDate { get; }

    /// <summary>The working-day calendar, for <see cref="DeadlineKind.WorkingDays"/>; otherwise <see langword="null"/>.</summary>
    public IWorkingDayCalendar? Calendar { get; }

    /// <summary>Within <paramref name="days"/> calendar days after the approval.</summary>
    /// <param name="days">The days allowed, not negative.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static Deadline WithinCalendarDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return new(DeadlineKind.CalendarDays, days, null, null);
    }

    /// <summary>Within <paramref name="days"/> working days after the approval, as <paramref name="calendar"/> counts them.</summary>
    /// <param name="days">The working days allowed, not negative.</param>
    /// <param name="calendar">The calendar, e.g. <see cref="WeekendCalendar.Default"/>.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static Deadline WithinWorkingDays(int days, IWorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentNullException.ThrowIfNull(calendar);
        return new(DeadlineKind.WorkingDays, days, null, calendar);
    }

    /// <summary>By <paramref name="date"/>, that day included.</summary>
    /// <param name="date">The last day on time.</param>
    /// <returns>The deadline.</returns>
    public static Deadline By(DateOnly date) => new(DeadlineKind.FixedDate, null, date, null);

    /// <summary>The last day on time for something approved on <paramref name="approvedOn"/>.</summary>
    /// <param name="approvedOn">The approval date (ignored for a fixed date).</param>
    /// <returns>The due date.</returns>
    /// <exception cref="InvalidOperationException">The calendar has no working day for ten years.</exception>
    public DateOnly DueDate(DateOnly approvedOn) => Kind switch
    {
        DeadlineKind.CalendarDays => approvedOn.AddDays(Days!.Value),
        DeadlineKind.WorkingDays => AddWorkingDays(approvedOn, Days!.Value, Calendar!),
        _ => FixedDate!.Value,
    };

    /// <summary>Checks a date against a deadline relative to an approval (or a fixed deadline, also checking the approval).</summary>
    /// <param name="approvedOn">The approval date.</param>
    /// <param name="actualOn">The publication or submission date.</param>
    /// <returns>Whether it was on time, and if not, by how many days it was late.</returns>
    /// <exception cref="DateBeforeApprovalException"><paramref name="actualOn"/> is before <paramref name="approvedOn"/>.</exception>
    public DeadlineResult Check(DateOnly approvedOn, DateOnly actualOn)
    {
        if (actualOn < approvedOn)
        {
            throw new DateBeforeApprovalException(approvedOn, actualOn);
        }

        return new DeadlineResult(this, approvedOn, DueDate(approvedOn), actualOn);
    }

    /// <summary>Checks a date against a fixed deadline.</summary>
    /// <param name="actualOn">The publication or submission date.</param>
    /// <returns>Whether it was on time, and if not, by how many days it was late.</returns>
    /// <exception cref="InvalidOperationException">The deadline is relative to an approval, so the approval date is needed.</exception>
    public DeadlineResult Check(DateOnly actualOn) => Kind == DeadlineKind.FixedDate
        ? new DeadlineResult(this, null, FixedDate!.Value, actualOn)
        : throw new InvalidOperationException($"A deadline of {Describe().English} needs the approval date to be checked.");

    /// <summary>The deadline as the criteria state it: "批复后20日内" / "within 20 days of approval", "2023年4月30日前" / "by 2023-04-30".</summary>
    /// <returns>The text in both languages.</returns>
    public LocalizedText Describe() => Kind switch
    {
        DeadlineKind.CalendarDays => new($"批复后{Days}日内", $"within {Days} days of approval"),
        DeadlineKind.WorkingDays => new($"批复后{Days}个工作日内", $"within {Days} working days of approval"),
        _ => new($"{ReportFormat.Date(FixedDate!.Value)}前", $"by {ReportFormat.Date(FixedDate!.Value, Language.English)}"),
    };

    private static DateOnly AddWorkingDays(DateOnly start, int days, IWorkingDayCalendar calendar)
    {
        var date = start;
        var searched = 0;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
            {
                counted++;
                searched = 0;
            }
            else if (++searched > MaxDaysSearched)
            {
                throw new InvalidOperationException($"The working-day calendar has no working day in the {MaxDaysSearched} days after {date:yyyy-MM-dd}.");
            }
        }

        return date;
    }
}
