namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Deadline.Check(DateOnly, DateOnly)"/>: on time, or late by so many days.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeadlineResult
{
    internal DeadlineResult(Deadline deadline, DateOnly? approvedOn, DateOnly dueDate, DateOnly actualOn)
    {
        Deadline = deadline;
        ApprovedOn = approvedOn;
        DueDate = dueDate;
        ActualOn = actualOn;
    }

    /// <summary>The deadline checked.</summary>
    public Deadline Deadline { get; }

    /// <summary>The approval date, or <see langword="null"/> for a fixed deadline checked without one.</summary>
    public DateOnly? ApprovedOn { get; }

    /// <summary>The last day on time.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The publication or submission date.</summary>
    public DateOnly ActualOn { get; }

    /// <summary>Whether <see cref="ActualOn"/> is on or before <see cref="DueDate"/>.</summary>
    public bool IsOnTime => ActualOn <= DueDate;

    /// <summary>Calendar days after the due date; 0 when on time. Published 2023-05-05 against 2023-04-30: 5.</summary>
    public int DaysLate => Math.Max(0, ActualOn.DayNumber - DueDate.DayNumber);
}
