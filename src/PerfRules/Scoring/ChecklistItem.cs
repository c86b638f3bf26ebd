using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>One item of a <see cref="Checklist"/>: a key to answer it by, what it asks, and the points it is worth.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ChecklistItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="key">The key answers refer to, e.g. "1" or "project-library"; unique within its checklist.</param>
    /// <param name="label">What the item asks, e.g. 按要求做实做细部门项目库工作.</param>
    /// <param name="points">The points it is worth, not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public ChecklistItem(string key, LocalizedText label, decimal points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Key = key;
        Label = label;
        Points = points;
    }

    /// <summary>The key answers refer to.</summary>
    public string Key { get; }

    /// <summary>What the item asks.</summary>
    public LocalizedText Label { get; }

    /// <summary>The points it is worth.</summary>
    public decimal Points { get; }
}
