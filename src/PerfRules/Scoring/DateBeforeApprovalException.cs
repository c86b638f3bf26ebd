namespace PerfRules.Scoring;

/// <summary>
/// Thrown when something is dated before the approval it depends on, e.g. final accounts "published" on 2022-09-15
/// but approved on 2023-09-04. Nothing can be published or submitted before it is approved, so the dates are wrong
/// (often a misprinted year) and the deadline is not scored.
/// </summary>
public sealed class DateBeforeApprovalException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="approvedOn">The approval date.</param>
    /// <param name="actualOn">The earlier publication or submission date.</param>
    public DateBeforeApprovalException(DateOnly approvedOn, DateOnly actualOn)
        : base($"The date {actualOn:yyyy-MM-dd} is before the approval date {approvedOn:yyyy-MM-dd}: nothing can be "
            + "published or submitted before it is approved, so one of the dates is wrong.")
    {
        ApprovedOn = approvedOn;
        ActualOn = actualOn;
    }

    /// <summary>The approval date.</summary>
    public DateOnly ApprovedOn { get; }

    /// <summary>The publication or submission date, before <see cref="ApprovedOn"/>.</summary>
    public DateOnly ActualOn { get; }
}
