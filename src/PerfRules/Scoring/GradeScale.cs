using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// Grades a total (评价等级). <see cref="Default"/> is the national convention (财预〔2020〕10号): 优 ≥ 90,
/// 良 [80, 90), 中 [60, 80), 差 &lt; 60.
/// </summary>
/// <remarks>
/// Bands are checked when the scale is built: none may overlap. A total in no band is an error
/// (<see cref="MetricOutsideBandsException"/>), never a guessed grade. Immutable and thread-safe.
/// </remarks>
public sealed class GradeScale
{
    /// <summary>优 [90, +∞), 良 [80, 90), 中 [60, 80), 差 (−∞, 60).</summary>
    public static readonly GradeScale Default = new(
        new GradeBand(Interval.AtLeast(90m), Grade.Excellent),
        new GradeBand(Interval.ClosedOpen(80m, 90m), Grade.Good),
        new GradeBand(Interval.ClosedOpen(60m, 80m), Grade.Fair),
        new GradeBand(Interval.Below(60m), Grade.Poor));

    /// <summary>Creates a scale.</summary>
    /// <param name="bands">The bands, at least one, not overlapping, from the best grade down.</param>
    /// <exception cref="ArgumentException">There is no band, or two bands overlap (the message names every pair).</exception>
    public GradeScale(params IEnumerable<GradeBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        Bands = EquatableList<GradeBand>.From(bands);
        if (Bands.Count == 0)
        {
            throw new ArgumentException("A grade scale needs at least one band.", nameof(bands));
        }

        var intervals = new Interval[Bands.Count];
        for (var i = 0; i < intervals.Length; i++)
        {
            intervals[i] = Bands[i].Interval;
        }

        var overlaps = Overlaps.Find(intervals);
        if (overlaps.Count > 0)
        {
            throw new ArgumentException(
                "Grade bands overlap, so a total could have two grades: "
                + string.Join("; ", overlaps.Select(p => $"{Bands[p.First].Interval} ({Bands[p.First].Grade}) and {Bands[p.Second].Interval} ({Bands[p.Second].Grade})"))
                + ".",
                nameof(bands));
        }
    }

    /// <summary>The bands, in the order given.</summary>
    public IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>The grade of <paramref name="total"/>.</summary>
    /// <param name="total">The total score, e.g. 80.81.</param>
    /// <returns>The grade, e.g. 良.</returns>
    /// <exception cref="MetricOutsideBandsException">No band covers the total.</exception>
    public Grade Classify(decimal total) =>
        Bands.FirstOrDefault(b => b.Interval.Contains(total))?.Grade
        ?? throw new MetricOutsideBandsException(total, [.. Bands.Select(b => b.Interval)]);
}
