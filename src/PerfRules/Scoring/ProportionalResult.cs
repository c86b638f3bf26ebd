namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Proportional.Apply"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProportionalResult
{
    internal ProportionalResult(decimal points, decimal numerator, decimal denominator, decimal? ratio, bool exceeded, decimal unroundedScore)
    {
        Points = points;
        Numerator = numerator;
        Denominator = denominator;
        Ratio = ratio;
        Exceeded = exceeded;
        UnroundedScore = unroundedScore;
    }

    /// <summary>The points available.</summary>
    public decimal Points { get; }

    /// <summary>The numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator.</summary>
    public decimal Denominator { get; }

    /// <summary>numerator / denominator, exact; null when the denominator is 0 (possible only when the excess policy scored 0).</summary>
    public decimal? Ratio { get; }

    /// <summary>Whether the numerator exceeded the denominator.</summary>
    public bool Exceeded { get; }

    /// <summary>The exact score.</summary>
    public decimal UnroundedScore { get; }

    /// <summary>The score rounded half away from zero to two places.</summary>
    public decimal Score => ScoreRounding.Round(UnroundedScore);
}
