using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Checklist.Evaluate"/>: every item with its answer, and the score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChecklistResult
{
    internal ChecklistResult(decimal pointsAvailable, IEnumerable<ChecklistItemResult> items)
    {
        PointsAvailable = pointsAvailable;
        Items = EquatableList<ChecklistItemResult>.From(items);
        for (var i = 0; i < Items.Count; i++)
        {
            Score += Items[i].PointsScored;
        }
    }

    /// <summary>The points all items together are worth.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>Every item with its answer, in the checklist's order.</summary>
    public IReadOnlyList<ChecklistItemResult> Items { get; }

    /// <summary>The sum of the points of the items met.</summary>
    public decimal Score { get; }

    /// <summary>The items not met, each a reason for lost points.</summary>
    public IEnumerable<ChecklistItemResult> Unmet => Items.Where(i => !i.Met);
}
