using PerfRules.Results;

namespace PerfRules.Evaluation;

/// <summary>A way for a department to win back points (可提升空间): what to change, and how many points it is worth.</summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="IndicatorName">Its name.</param>
/// <param name="Kind">Move a metric, or remedy a deduction.</param>
/// <param name="Points">The points won: for a metric, measured by scoring the changed facts; for a remedy, the deduction's points.</param>
/// <param name="Description">What to do, in words, with the numbers.</param>
/// <param name="Adjustment">For a metric: the input changed, from what to what (the facts it gives are in <see cref="MetricAdjustment.Facts"/>).</param>
/// <param name="MetricFrom">For a metric: its value now.</param>
/// <param name="MetricTo">For a metric: the value that wins the points.</param>
/// <param name="Deduction">For a remedy: the deduction to remedy, with its reason and evidence.</param>
public sealed record GainOpportunity(
    string IndicatorCode,
    LocalizedText IndicatorName,
    GainKind Kind,
    decimal Points,
    LocalizedText Description,
    MetricAdjustment? Adjustment = null,
    decimal? MetricFrom = null,
    decimal? MetricTo = null,
    Deduction? Deduction = null);
