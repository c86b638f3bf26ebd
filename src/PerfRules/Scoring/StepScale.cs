using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>
/// Deducts a fixed number of points for every step a metric goes beyond a threshold, never below zero (梯度扣分),
/// e.g. 预决算差异率: 0 → full 3 points; every further 5% deducts 0.5, until nothing is left.
/// </summary>
/// <remarks>
/// A value at or below the threshold deducts nothing. The score falls as the value rises and never falls below
/// zero: the deduction is capped at <see cref="PointsAvailable"/>. Immutable and thread-safe.
/// </remarks>
public sealed class StepScale
{
    private LocalizedText? _percentDescription;
    private LocalizedText? _plainDescription;

    /// <summary>Creates a scale.</summary>
    /// <param name="threshold">The value up to which nothing is deducted (0 for a variance rate).</param>
    /// <param name="stepSize">The size of one step, e.g. 0.05 for 5%; positive.</param>
    /// <param name="pointsPerStep">The points one step deducts, e.g. 0.5; positive.</param>
    /// <param name="pointsAvailable">The points available, e.g. 3; not negative.</param>
    /// <param name="counting">Whether a partial step counts.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or points argument is out of range.</exception>
    public StepScale(decimal threshold, decimal stepSize, decimal pointsPerStep, decimal pointsAvailable, StepCounting counting)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pointsPerStep);
        ArgumentOutOfRangeException.ThrowIfNegative(pointsAvailable);
        // Named rather than Enum.IsDefined, whose first call per enum costs a rule set's cold build about 2%.
        if (counting is not (StepCounting.EveryCompletedStep or StepCounting.EveryStartedStep))
        {
            throw new ArgumentOutOfRangeException(nameof(counting), counting, "Unknown step counting.");
        }

        Threshold = threshold;
        StepSize = stepSize;
        PointsPerStep = pointsPerStep;
        PointsAvailable = pointsAvailable;
        Counting = counting;
    }

    /// <summary>The value up to which nothing is deducted.</summary>
    public decimal Threshold { get; }

    /// <summary>The size of one step.</summary>
    public decimal StepSize { get; }

    /// <summary>The points one step deducts.</summary>
    public decimal PointsPerStep { get; }

    /// <summary>The points available; the deduction never exceeds them.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>Whether a partial step counts.</summary>
    public StepCounting Counting { get; }

    /// <summary>Scores <paramref name="value"/>.</summary>
    /// <param name="value">The metric's exact (unrounded) value.</param>
    /// <returns>The steps counted, the points deducted and the score.</returns>
    public StepResult Apply(decimal value)
    {
        var excess = Math.Max(0m, value - Threshold);
        var steps = Counting == StepCounting.EveryCompletedStep
            ? decimal.Floor(excess / StepSize)
            : decimal.Ceiling(excess / StepSize);
        var raw = steps * PointsPerStep;
        return new StepResult(this, value, excess, steps, raw, Math.Min(raw, PointsAvailable));
    }

    /// <summary>The rule as the criteria state it: "每增加5%扣0.5分" / "0.5 points deducted for every further 5%".</summary>
    /// <param name="asPercent">Show the step as a percentage (for rates) rather than a plain number.</param>
    /// <returns>The rule in both languages.</returns>
    public LocalizedText Describe(bool asPercent = true) =>
        asPercent ? _percentDescription ??= Described(asPercent: true) : _plainDescription ??= Described(asPercent: false);

    // The scale is immutable, so its two descriptions are made once (threads racing on the first make equal texts).
    private LocalizedText Described(bool asPercent)
    {
        var step = asPercent ? ReportFormat.PercentBound(StepSize) : ReportFormat.Number(StepSize);
        var points = ReportFormat.Points(PointsPerStep);
        var unit = PointsPerStep == 1m ? "point" : "points";
        var partial = Counting == StepCounting.EveryStartedStep ? " or part of it" : "";
        return LocalizedText.WithEnglishOnRead($"每增加{step}扣{points}分", (points, unit, step, partial), static s => $"{s.points} {s.unit} deducted for every further {s.step}{s.partial}");
    }
}
