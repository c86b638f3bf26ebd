namespace PerfRules.Scoring;

/// <summary>
/// Converts a score to a 100-point scale when some indicators did not apply (换算得分): raw score / points that
/// applied × 100, e.g. Xushui 2023: 84.8 / 93 × 100 = 91.18.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class Conversion
{
    /// <summary>Converts <paramref name="rawScore"/> out of <paramref name="pointsApplied"/> to <paramref name="scale"/>.</summary>
    /// <param name="rawScore">The score of the indicators that applied; between 0 and <paramref name="pointsApplied"/>.</param>
    /// <param name="pointsApplied">The points of the indicators that applied; positive.</param>
    /// <param name="scale">The scale to convert to; 100 unless the rule set says otherwise.</param>
    /// <returns>The converted score.</returns>
    /// <exception cref="ZeroDenominatorException">No points applied.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, or the raw score exceeds the points that applied.</exception>
    public static ConversionResult Apply(decimal rawScore, decimal pointsApplied, decimal scale = 100m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rawScore);
        ArgumentOutOfRangeException.ThrowIfNegative(pointsApplied);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        if (pointsApplied == 0m)
        {
            throw new ZeroDenominatorException(rawScore, "a converted score (no indicator applied)");
        }

        if (rawScore > pointsApplied)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rawScore), rawScore, $"A raw score cannot exceed the {pointsApplied} points that applied.");
        }

        return new ConversionResult(rawScore, pointsApplied, scale, rawScore * scale / pointsApplied);
    }
}
