using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.3.2 固定资产利用率 (fixed-asset utilisation rate), 3 points: fixed assets in use over all fixed assets, at original
/// value; higher is better, and no band gives 2 (the table's choice, kept).
/// </summary>
/// <remarks>
/// In use above the total cannot be right and is reported by <see cref="FixedAssets.Validate"/>; no fixed assets at
/// all has no rate and is an error, never a score.
/// </remarks>
public sealed class FixedAssetUtilizationRate : IndicatorRule, IMetricIndicator
{
    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText RateName = new("固定资产利用率", "fixed-asset utilisation rate");
    private static readonly LocalizedText InUseLabel = new("在用固定资产原值", "fixed assets in use at original value");
    private static readonly LocalizedText OriginalValueLabel = new("固定资产原值", "all fixed assets at original value");

    // "使用率高于95%(含)的得3分,90%(含)—95%的得1分,低于90%的得0分": 95% belongs to the top band, so the middle one excludes it.
    private static readonly BandScale Bands = new(
        new Band(Interval.Closed(0.95m, 1m), 3m),
        new Band(Interval.ClosedOpen(0.90m, 0.95m), 1m),
        new Band(Interval.ClosedOpen(0m, 0.90m), 0m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.3.2",
        new LocalizedText("固定资产利用率", "Fixed-asset utilisation rate"),
        3m,
        new LocalizedText(
            "固定资产利用率=(部门(单位)实际在用固定资产总额/所有固定资产总额)×100%。使用率高于95%(含)的得3分,90%(含)—95%的得1分,低于90%的得0分。",
            "Rate = fixed assets in use / all fixed assets. rate ≥ 95%: 3; 90% ≤ rate < 95%: 1; rate < 90%: 0."));

    /// <inheritdoc />
    public MetricScale Scale { get; } = MetricScale.Of(RateName, Interval.Closed(0m, 1m), MetricDirection.HigherIsBetter, Bands);

    /// <inheritdoc />
    /// <remarks>Moves the original value of the assets in use (在用固定资产原值); the total stays as it is.</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.OfType<FixedAssets>().ToList() is not [var assets] || value < 0m || value > 1m || assets.OriginalValue <= 0m)
        {
            return null;
        }

        var changed = assets with { InUseOriginalValue = value * assets.OriginalValue };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, assets) ? changed : f)], nameof(FixedAssets), nameof(FixedAssets.InUseOriginalValue), assets.InUseOriginalValue, changed.InUseOriginalValue);
    }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<FixedAssets> assets = null!;
        When()
            .Collect(() => assets);
        Then()
            .Yield(_ => FromSingle(assets, Score));
    }

    private IndicatorResult Score(FixedAssets assets)
    {
        var metric = new MetricValue(
            RateName,
            "{0}/{1}",
            Ratio.Of(assets.InUseOriginalValue, assets.OriginalValue, "固定资产利用率 (fixed-asset utilisation rate)"),
            ValueUnit.Percent,
            ScoringInput.Of(InUseLabel, assets.InUseOriginalValue, ValueUnit.Yuan, nameof(FixedAssets), nameof(FixedAssets.InUseOriginalValue)),
            ScoringInput.Of(OriginalValueLabel, assets.OriginalValue, ValueUnit.Yuan, nameof(FixedAssets), nameof(FixedAssets.OriginalValue)));
        var hit = Bands.Classify(metric.Value);
        var described = hit.Describe();
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), described), metric.Inputs)]
            : [];
        return Scored(hit.Points, Notes.Band(metric, hit), metric, described, deductions);
    }
}
