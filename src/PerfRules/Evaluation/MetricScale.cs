using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// How a metric indicator turns its metric into points: bands or steps, over the metric's domain (the values it can
/// take), with the direction the criteria promise. Tools read it to probe every bound and to find the nearest bound worth
/// more points.
/// </summary>
public sealed record MetricScale
{
    /// <summary>Creates a scale of bands.</summary>
    /// <param name="metricName">The metric's name, such as 支出完成率.</param>
    /// <param name="domain">The values the metric can take, such as [0, +∞) for a rate.</param>
    /// <param name="direction">Which way the score moves as the metric grows.</param>
    /// <param name="bands">The bands.</param>
    /// <returns>The scale.</returns>
    public static MetricScale Of(LocalizedText metricName, Interval domain, MetricDirection direction, BandScale bands) =>
        new(metricName, domain, direction, bands ?? throw new ArgumentNullException(nameof(bands)), null);

    /// <summary>Creates a scale of steps.</summary>
    /// <param name="metricName">The metric's name, such as 预决算差异率.</param>
    /// <param name="domain">The values the metric can take.</param>
    /// <param name="direction">Which way the score moves as the metric grows.</param>
    /// <param name="steps">The steps.</param>
    /// <returns>The scale.</returns>
    public static MetricScale Of(LocalizedText metricName, Interval domain, MetricDirection direction, StepScale steps) =>
        new(metricName, domain, direction, null, steps ?? throw new ArgumentNullException(nameof(steps)));

    private MetricScale(LocalizedText metricName, Interval domain, MetricDirection direction, BandScale? bands, StepScale? steps)
    {
        ArgumentNullException.ThrowIfNull(metricName);
        ArgumentNullException.ThrowIfNull(domain);
        MetricName = metricName;
        Domain = domain;
        Direction = direction;
        Bands = bands;
        Steps = steps;
    }

    /// <summary>The metric's name.</summary>
    public LocalizedText MetricName { get; }

    /// <summary>The values the metric can take.</summary>
    public Interval Domain { get; }

    /// <summary>Which way the score moves as the metric grows.</summary>
    public MetricDirection Direction { get; }

    /// <summary>The bands, for a banded metric.</summary>
    public BandScale? Bands { get; }

    /// <summary>The steps, for a stepped metric.</summary>
    public StepScale? Steps { get; }

    /// <summary>
    /// Every value where the points can change, in increasing order and inside the domain: each finite band bound, or
    /// the threshold and each further step up to the one that takes the last point.
    /// </summary>
    public IReadOnlyList<decimal> Bounds()
    {
        IEnumerable<decimal> bounds;
        if (Bands is not null)
        {
            bounds = Bands.Bands.SelectMany(b => new[] { b.Interval.Start, b.Interval.End }).OfType<decimal>();
        }
        else
        {
            var steps = Steps!;
            var count = steps.PointsPerStep == 0m ? 0 : (int)Math.Ceiling(steps.PointsAvailable / steps.PointsPerStep);
            bounds = Enumerable.Range(0, count + 1).Select(k => steps.Threshold + (k * steps.StepSize));
        }

        return [.. bounds.Where(Domain.Contains).Distinct().Order()];
    }
}
