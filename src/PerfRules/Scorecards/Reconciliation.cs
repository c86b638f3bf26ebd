using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Scorecards;

/// <summary>
/// How the total follows from the indicator scores, so a reader can check it by hand: the leaf scores add up to the
/// level-1 scores, which (converted and adjusted where the rule set says so) give the total.
/// </summary>
public sealed record Reconciliation
{
    /// <summary>The sum of the leaf indicators' scores.</summary>
    public required decimal LeafSum { get; init; }

    /// <summary>The sum of the level-1 indicators' scores; equal to <see cref="LeafSum"/> when the tree adds up.</summary>
    public required decimal LevelOneSum { get; init; }

    /// <summary>The conversion over the points that applied, when one was made.</summary>
    public ConversionResult? Conversion { get; init; }

    /// <summary>The bonus and penalty adjustment, when the rule set has one.</summary>
    public AdjustmentResult? Adjustments { get; init; }

    /// <summary>The total, or <see langword="null"/> when the evaluation is incomplete.</summary>
    public decimal? Total { get; init; }

    /// <summary>Whether every step above checks out.</summary>
    public required bool IsBalanced { get; init; }

    /// <summary>How rounding was applied, in words.</summary>
    public required LocalizedText Rounding { get; init; }
}
