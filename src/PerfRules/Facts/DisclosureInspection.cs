namespace PerfRules.Facts;

/// <summary>What the year's provincial or municipal disclosure inspection (预决算信息公开检查) found.</summary>
public enum DisclosureInspection
{
    /// <summary>No inspection result is known.</summary>
    NotInspected = 0,

    /// <summary>Inspected; no problem found.</summary>
    NoProblem = 1,

    /// <summary>A problem was found and corrected (已完成整改).</summary>
    ProblemCorrected = 2,

    /// <summary>A problem was found and was still open at year-end (仍有未整改事项).</summary>
    ProblemOpen = 3,
}
