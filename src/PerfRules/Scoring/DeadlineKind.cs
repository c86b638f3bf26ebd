namespace PerfRules.Scoring;

/// <summary>How a <see cref="Deadline"/> is set.</summary>
public enum DeadlineKind
{
    /// <summary>Within a number of calendar days (日) after an approval, e.g. 预算法 art. 14: 20 days.</summary>
    CalendarDays = 0,

    /// <summary>Within a number of working days (工作日) after an approval.</summary>
    WorkingDays = 1,

    /// <summary>By a fixed date, e.g. 自评材料 by 2023-04-30.</summary>
    FixedDate = 2,
}
