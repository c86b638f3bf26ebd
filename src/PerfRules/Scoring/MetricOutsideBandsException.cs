namespace PerfRules.Scoring;

/// <summary>
/// Thrown when a value falls in none of a scale's bands: the criteria do not say how to score it (for example a
/// 支出完成率 above 100%, which the Suixi bands leave out). Such a value is never scored as zero.
/// </summary>
public sealed class MetricOutsideBandsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="value">The value no band covers.</param>
    /// <param name="intervals">The intervals of the scale's bands.</param>
    public MetricOutsideBandsException(decimal value, IReadOnlyList<Interval> intervals)
        : base($"The value {Explanations.ReportFormat.Number(value)} falls in none of the bands {string.Join(", ", intervals)}: "
            + "the scoring criteria do not say how to score it.")
    {
        Value = value;
        Intervals = intervals;
    }

    /// <summary>The value no band covers.</summary>
    public decimal Value { get; }

    /// <summary>The intervals of the scale's bands.</summary>
    public IReadOnlyList<Interval> Intervals { get; }
}
