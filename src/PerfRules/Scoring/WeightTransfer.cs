namespace PerfRules.Scoring;

/// <summary>Points moved from an inapplicable item to another item by a <see cref="Reallocation"/> (分值调整至…).</summary>
/// <param name="From">The inapplicable item's key.</param>
/// <param name="To">The receiving item's key.</param>
/// <param name="Points">The points moved.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WeightTransfer(string From, string To, decimal Points);
