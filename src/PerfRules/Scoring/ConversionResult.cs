namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Conversion.Apply"/>: 84.8 / 93 × 100 = 91.18.</summary>
/// <param name="RawScore">The score of the indicators that applied: 84.8.</param>
/// <param name="PointsApplied">The points of the indicators that applied: 93.</param>
/// <param name="Scale">The scale converted to: 100.</param>
/// <param name="UnroundedScore">The exact converted score: 91.182795….</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConversionResult(decimal RawScore, decimal PointsApplied, decimal Scale, decimal UnroundedScore)
{
    /// <summary>The converted score rounded half away from zero to two places: 91.18.</summary>
    public decimal Score => ScoreRounding.Round(UnroundedScore);
}
