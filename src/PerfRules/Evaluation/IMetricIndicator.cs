namespace PerfRules.Evaluation;

/// <summary>
/// An indicator scored from one number (a rate, a ratio) through bands or steps, which exposes its scale and can move
/// its metric: property tests put the metric exactly on every bound, and gain analysis finds the smallest change of one
/// input that would win points.
/// </summary>
public interface IMetricIndicator
{
    /// <summary>The indicator scored.</summary>
    Indicators.IndicatorDefinition Indicator { get; }

    /// <summary>How the metric turns into points.</summary>
    MetricScale Scale { get; }

    /// <summary>
    /// Changes one input of the given facts so that the metric takes <paramref name="value"/> exactly (the other inputs
    /// stay as they are).
    /// </summary>
    /// <param name="facts">A complete fact set for the indicator.</param>
    /// <param name="value">The wanted metric value.</param>
    /// <returns>The changed facts and what changed; <see langword="null"/> when no value of that input gives the metric
    /// (the facts lack what the indicator reads, or the value is out of reach, such as a rate that needs a negative amount).</returns>
    MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value);
}
