using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// Scores a metric by the band it falls in (分档计分), e.g. 支出完成率: = 100% → 4, [90%, 100%) → 3, [80%, 90%) → 2,
/// [70%, 80%) → 1, &lt; 70% → 0.
/// </summary>
/// <remarks>
/// <para>Bands are checked when the scale is built: no two may share a value, so a value is never in two bands.
/// Gaps are allowed (the criteria may leave values out), but a value in a gap is an error when classified, never zero
/// points: see <see cref="MetricOutsideBandsException"/>.</para>
/// <para>The bands keep the order given, which should be the criteria's. Immutable and thread-safe.</para>
/// </remarks>
public sealed class BandScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="bands">The bands, at least one, in the criteria's order.</param>
    /// <exception cref="ArgumentException">There is no band, or two bands overlap (the message names every pair).</exception>
    public BandScale(params IEnumerable<Band> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        Bands = EquatableList<Band>.From(bands);
        if (Bands.Count == 0)
        {
            throw new ArgumentException("A band scale needs at least one band.", nameof(bands));
        }

        // Loops rather than LINQ: scales are built with the rules, often in a process that has just started, where
        // each lambda costs more to compile than it saves.
        var intervals = new Interval[Bands.Count];
        var maxPoints = Bands[0].Points;
        for (var i = 0; i < intervals.Length; i++)
        {
            intervals[i] = Bands[i].Interval;
            maxPoints = Math.Max(maxPoints, Bands[i].Points);
        }

        var overlaps = Overlaps.Find(intervals);
        if (overlaps.Count > 0)
        {
            throw new ArgumentException(
                "Bands overlap, so a value could score twice: "
                + string.Join("; ", overlaps.Select(p => $"{Bands[p.First].Interval} (→ {Bands[p.First].Points}) and {Bands[p.Second].Interval} (→ {Bands[p.Second].Points})"))
                + ". Make each shared bound inclusive in one band and exclusive in the other.",
                nameof(bands));
        }

        MaxPoints = maxPoints;
    }

    /// <summary>The bands, in the order given.</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>The most points any band gives.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Finds the band <paramref name="value"/> falls in.</summary>
    /// <param name="value">The metric's exact (unrounded) value.</param>
    /// <returns>The hit: band, points and interval.</returns>
    /// <exception cref="MetricOutsideBandsException">No band covers the value.</exception>
    public BandHit Classify(decimal value) =>
        TryClassify(value, out var hit) ? hit : throw new MetricOutsideBandsException(value, [.. Bands.Select(b => b.Interval)]);

    /// <summary>Finds the band <paramref name="value"/> falls in, if any.</summary>
    /// <param name="value">The metric's exact (unrounded) value.</param>
    /// <param name="hit">The hit, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a band covers the value.</returns>
    public bool TryClassify(decimal value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BandHit? hit)
    {
        foreach (var band in Bands)
        {
            if (band.Interval.Contains(value))
            {
                hit = new BandHit(value, band);
                return true;
            }
        }

        hit = null;
        return false;
    }
}
