using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Findings.Apply"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FindingsResult
{
    internal FindingsResult(decimal pointsAvailable, IEnumerable<Finding> findings)
    {
        PointsAvailable = pointsAvailable;
        Items = EquatableList<Finding>.From(findings);
        RawDeduction = Items.Sum(f => f.Points);
        PointsDeducted = Math.Min(RawDeduction, pointsAvailable);
    }

    /// <summary>The points available.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>The findings, in the order given.</summary>
    public IReadOnlyList<Finding> Items { get; }

    /// <summary>The sum of the findings' points, before the floor.</summary>
    public decimal RawDeduction { get; }

    /// <summary>The points deducted, at most the points available.</summary>
    public decimal PointsDeducted { get; }

    /// <summary>Whether the floor cut the deduction (直至扣到0分).</summary>
    public bool IsCapped => RawDeduction > PointsDeducted;

    /// <summary>The points available less the points deducted, never negative.</summary>
    public decimal Score => PointsAvailable - PointsDeducted;
}
