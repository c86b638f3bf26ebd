namespace PerfRules.Scoring;

/// <summary>A non-numeric result and the score it counts as (视同), e.g. 二等奖 → 85.</summary>
/// <param name="Label">The result as stated, e.g. 二等奖.</param>
/// <param name="Score">The score it counts as, e.g. 85.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EquivalentHit(string Label, decimal Score);
