namespace PerfRules.Scoring;

/// <summary>One answered item of a <see cref="ChecklistResult"/>.</summary>
/// <param name="Item">The item.</param>
/// <param name="Met">Whether it was met.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChecklistItemResult(ChecklistItem Item, bool Met)
{
    /// <summary>The points scored: the item's points when met, else 0.</summary>
    public decimal PointsScored => Met ? Item.Points : 0m;

    /// <summary>The points lost: 0 when met, else the item's points.</summary>
    public decimal PointsLost => Met ? 0m : Item.Points;
}
