using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>The result of <see cref="Proportional.ApplyAverage"/>: (a/100 + b/100) / 2 × points.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AverageResult
{
    // Takes arrays the caller has just built and keeps no other reference to, so they are held without a copy.
    internal AverageResult(decimal points, decimal fullMark, decimal[] results, decimal[] ratios, decimal mean, decimal unroundedScore)
    {
        Points = points;
        FullMark = fullMark;
        Results = EquatableList<decimal>.Own(results);
        Ratios = EquatableList<decimal>.Own(ratios);
        Mean = mean;
        UnroundedScore = unroundedScore;
    }

    /// <summary>The points available.</summary>
    public decimal Points { get; }

    /// <summary>The full mark the results are out of.</summary>
    public decimal FullMark { get; }

    /// <summary>The results, as given: 85, 87.5.</summary>
    public IReadOnlyList<decimal> Results { get; }

    /// <summary>Each result over the full mark: 0.85, 0.875.</summary>
    public IReadOnlyList<decimal> Ratios { get; }

    /// <summary>The mean ratio: 0.8625.</summary>
    public decimal Mean { get; }

    /// <summary>The exact score: 4.3125.</summary>
    public decimal UnroundedScore { get; }

    /// <summary>The score rounded half away from zero to two places: 4.31.</summary>
    public decimal Score => ScoreRounding.Round(UnroundedScore);
}
