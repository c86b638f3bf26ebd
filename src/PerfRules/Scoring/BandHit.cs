using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>The band a value fell in, and so the points it scores: the result of <see cref="BandScale.Classify"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BandHit
{
    internal BandHit(decimal value, Band band)
    {
        Value = value;
        Band = band;
    }

    /// <summary>The value classified, exactly as given (unrounded).</summary>
    public decimal Value { get; }

    /// <summary>The band it fell in.</summary>
    public Band Band { get; }

    /// <summary>The band's interval.</summary>
    public Interval Interval => Band.Interval;

    /// <summary>The points scored.</summary>
    public decimal Points => Band.Points;

    /// <summary>
    /// The hit as a note states it: "99.35% ∈ [90%, 100%)，得3分" / "99.35% in [90%, 100%), scores 3 points".
    /// </summary>
    /// <param name="asPercent">Show the value and bounds as percentages (for rates) rather than plain numbers.</param>
    /// <returns>The description in both languages.</returns>
    public LocalizedText Describe(bool asPercent = true)
    {
        var value = asPercent ? ReportFormat.Percent(Value) : ReportFormat.Number(Value);
        var interval = asPercent ? Interval.ToPercentString() : Interval.ToString();
        var awarded = ReportFormat.Awarded(Points);
        return LocalizedText.WithEnglishOnRead($"{value} ∈ {interval}，{awarded.Chinese}", (value, interval, awarded), static s => $"{s.value} in {s.interval}, {s.awarded.English}");
    }
}
