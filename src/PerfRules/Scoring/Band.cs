namespace PerfRules.Scoring;

/// <summary>One band of a <see cref="BandScale"/>: the values it covers and the points a value there scores.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Band
{
    /// <summary>Creates a band.</summary>
    /// <param name="interval">The values it covers, with each bound stated inclusive or exclusive.</param>
    /// <param name="points">The points a value in it scores, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public Band(Interval interval, decimal points)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Interval = interval;
        Points = points;
    }

    /// <summary>The values the band covers.</summary>
    public Interval Interval { get; }

    /// <summary>The points a value in the band scores.</summary>
    public decimal Points { get; }

    /// <summary>"[0.9, 1) → 3".</summary>
    /// <returns>The band as text.</returns>
    public override string ToString() => $"{Interval} → {Points}";
}
