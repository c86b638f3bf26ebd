namespace PerfRules.Scoring;

/// <summary>
/// Bonus and penalty items (加减分项) with their caps, e.g. Suixi: +1 per commendation, at most +3, total at most 100;
/// −2 per accountability finding, at most −6, total at least 0.
/// </summary>
/// <remarks>
/// Counting the same work or the same problem once (同一项工作…按一次计算) is the rule's job: pass counts already
/// de-duplicated. Penalties are given as positive numbers of points taken away. Immutable and thread-safe.
/// </remarks>
public sealed class AdjustmentPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="bonusPerItem">Points added per bonus item, e.g. 1.</param>
    /// <param name="bonusCap">The most points all bonus items add, e.g. 3.</param>
    /// <param name="penaltyPerItem">Points taken per penalty item, e.g. 2.</param>
    /// <param name="penaltyCap">The most points all penalty items take, e.g. 6.</param>
    /// <param name="maximumTotal">The highest total after adjustment, e.g. 100.</param>
    /// <param name="minimumTotal">The lowest total after adjustment, e.g. 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A points argument is negative, or the minimum exceeds the maximum.</exception>
    public AdjustmentPolicy(
        decimal bonusPerItem,
        decimal bonusCap,
        decimal penaltyPerItem,
        decimal penaltyCap,
        decimal maximumTotal = 100m,
        decimal minimumTotal = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bonusPerItem);
        ArgumentOutOfRangeException.ThrowIfNegative(bonusCap);
        ArgumentOutOfRangeException.ThrowIfNegative(penaltyPerItem);
        ArgumentOutOfRangeException.ThrowIfNegative(penaltyCap);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumTotal, maximumTotal);
        BonusPerItem = bonusPerItem;
        BonusCap = bonusCap;
        PenaltyPerItem = penaltyPerItem;
        PenaltyCap = penaltyCap;
        MaximumTotal = maximumTotal;
        MinimumTotal = minimumTotal;
    }

    /// <summary>Points added per bonus item.</summary>
    public decimal BonusPerItem { get; }

    /// <summary>The most points all bonus items add.</summary>
    public decimal BonusCap { get; }

    /// <summary>Points taken per penalty item.</summary>
    public decimal PenaltyPerItem { get; }

    /// <summary>The most points all penalty items take.</summary>
    public decimal PenaltyCap { get; }

    /// <summary>The highest total after adjustment.</summary>
    public decimal MaximumTotal { get; }

    /// <summary>The lowest total after adjustment.</summary>
    public decimal MinimumTotal { get; }

    /// <summary>Adjusts a total.</summary>
    /// <param name="totalBefore">The total of the indicators.</param>
    /// <param name="bonusItems">The bonus items (e.g. commendations), de-duplicated; not negative.</param>
    /// <param name="penaltyItems">The penalty items (e.g. accountability findings), de-duplicated; not negative.</param>
    /// <returns>The counts, raw and capped amounts, and the totals before and after.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public AdjustmentResult Apply(decimal totalBefore, int bonusItems, int penaltyItems)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bonusItems);
        ArgumentOutOfRangeException.ThrowIfNegative(penaltyItems);
        var rawBonus = bonusItems * BonusPerItem;
        var rawPenalty = penaltyItems * PenaltyPerItem;
        var bonus = Math.Min(rawBonus, BonusCap);
        var penalty = Math.Min(rawPenalty, PenaltyCap);
        var unclamped = totalBefore + bonus - penalty;
        var totalAfter = Math.Clamp(unclamped, MinimumTotal, MaximumTotal);
        return new AdjustmentResult(bonusItems, penaltyItems, rawBonus, bonus, rawPenalty, penalty, totalBefore, unclamped, totalAfter);
    }
}
