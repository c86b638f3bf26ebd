namespace PerfRules.Scoring;

/// <summary>
/// Scores an indicator by judged deductions with evidence (视情节扣分，直至扣到0分), e.g. 财务合规性: 6 points, four
/// findings of 0.5 each → 4. The total deducted never exceeds the points available, so the score never goes below 0.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Findings
{
    /// <summary>Creates the scoring.</summary>
    /// <param name="pointsAvailable">The points available, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointsAvailable"/> is negative.</exception>
    public Findings(decimal pointsAvailable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pointsAvailable);
        PointsAvailable = pointsAvailable;
    }

    /// <summary>The points available.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>Deducts every finding, floored at 0.</summary>
    /// <param name="findings">The findings; none gives full points.</param>
    /// <returns>The findings, the total, the capped deduction and the score.</returns>
    public FindingsResult Apply(params IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new FindingsResult(PointsAvailable, findings);
    }
}
