namespace PerfRules.Evaluation;

/// <summary>How points could be won back.</summary>
public enum GainKind
{
    /// <summary>Move a metric across the nearest bound worth more points, by changing one input.</summary>
    MoveMetric,

    /// <summary>Remedy what a deduction found (a judged finding, a late publication, an overspend).</summary>
    Remedy,
}
