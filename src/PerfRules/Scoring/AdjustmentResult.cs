namespace PerfRules.Scoring;

/// <summary>The result of <see cref="AdjustmentPolicy.Apply"/>: each cap applied, visibly.</summary>
/// <param name="BonusItems">The bonus items counted.</param>
/// <param name="PenaltyItems">The penalty items counted.</param>
/// <param name="RawBonus">Bonus items × points each, before the cap.</param>
/// <param name="Bonus">The bonus added, after the cap.</param>
/// <param name="RawPenalty">Penalty items × points each, before the cap.</param>
/// <param name="Penalty">The penalty taken (a positive number), after the cap.</param>
/// <param name="TotalBefore">The total before adjustment.</param>
/// <param name="UnclampedTotal">The total plus bonus minus penalty, before the total's bounds.</param>
/// <param name="TotalAfter">The total after adjustment, within the policy's minimum and maximum.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AdjustmentResult(
    int BonusItems,
    int PenaltyItems,
    decimal RawBonus,
    decimal Bonus,
    decimal RawPenalty,
    decimal Penalty,
    decimal TotalBefore,
    decimal UnclampedTotal,
    decimal TotalAfter);
