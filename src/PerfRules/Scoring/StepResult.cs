using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>The result of <see cref="StepScale.Apply"/>: the steps counted, the points deducted and the score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StepResult
{
    internal StepResult(StepScale scale, decimal value, decimal excess, decimal steps, decimal rawDeduction, decimal pointsDeducted)
    {
        Scale = scale;
        Value = value;
        Excess = excess;
        Steps = steps;
        RawDeduction = rawDeduction;
        PointsDeducted = pointsDeducted;
    }

    /// <summary>The scale applied.</summary>
    public StepScale Scale { get; }

    /// <summary>The value scored, exactly as given.</summary>
    public decimal Value { get; }

    /// <summary>How far the value went beyond the threshold (0 when it did not).</summary>
    public decimal Excess { get; }

    /// <summary>The steps counted.</summary>
    public decimal Steps { get; }

    /// <summary>Steps × points per step, before the cap: 9 × 0.5 = 4.5 for a variance of 47.41%.</summary>
    public decimal RawDeduction { get; }

    /// <summary>The points deducted, capped at the points available: 3 for a variance of 47.41%.</summary>
    public decimal PointsDeducted { get; }

    /// <summary>Whether the cap cut the deduction (直至扣完为止).</summary>
    public bool IsCapped => RawDeduction > PointsDeducted;

    /// <summary>The points available less the points deducted, never negative.</summary>
    public decimal Score => Scale.PointsAvailable - PointsDeducted;

    /// <summary>
    /// The steps hit, as a note states them: "计9步，应扣4.5分，以3分为限，扣3分" /
    /// "9 steps, 4.5 points due, capped at 3: 3 points deducted"; "计0步，不扣分" / "0 steps, nothing deducted".
    /// </summary>
    /// <returns>The description in both languages.</returns>
    public LocalizedText Describe()
    {
        var steps = ReportFormat.Number(Steps);
        if (PointsDeducted == 0m)
        {
            return LocalizedText.WithEnglishOnRead($"计{steps}步，不扣分", steps, static s => $"{s} steps, nothing deducted");
        }

        var deducted = ReportFormat.Deducted(PointsDeducted);
        if (!IsCapped)
        {
            return LocalizedText.WithEnglishOnRead($"计{steps}步，{deducted.Chinese}", (steps, deducted), static s => $"{s.steps} steps, {s.deducted.English}");
        }

        var (due, cap) = (ReportFormat.Points(RawDeduction), ReportFormat.Points(Scale.PointsAvailable));
        return LocalizedText.WithEnglishOnRead(
            $"计{steps}步，应扣{due}分，以{cap}分为限，{deducted.Chinese}",
            (steps, due, cap, deducted),
            static s => $"{s.steps} steps, {s.due} points due, capped at {s.cap}: {s.deducted.English}");
    }
}
