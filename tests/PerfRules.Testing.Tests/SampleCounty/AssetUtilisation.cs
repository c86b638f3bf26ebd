using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>1.3 固定资产利用率, 3 points: assets in use over all assets; [95%, 100%] → 3, [90%, 95%) → 1, below 90% → 0.</summary>
public sealed class AssetUtilisation(Defects defects) : IndicatorRule, IMetricIndicator
{
    private readonly BandScale _bands = defects.HasFlag(Defects.NonMonotoneUtilisationBands)
        ? new(new Band(Interval.Closed(0.95m, 1m), 1m), new Band(Interval.ClosedOpen(0.90m, 0.95m), 3m), new Band(Interval.ClosedOpen(0m, 0.90m), 0m))
        : new(new Band(Interval.Closed(0.95m, 1m), 3m), new Band(Interval.ClosedOpen(0.90m, 0.95m), 1m), new Band(Interval.ClosedOpen(0m, 0.90m), 0m));

    public override IndicatorDefinition Indicator { get; } = new("1.3", new LocalizedText("固定资产利用率", "Fixed-asset utilisation rate"), 3m, new LocalizedText("使用率高于95%(含)的得3分,90%(含)—95%的得1分,低于90%的得0分。"));

    public MetricScale Scale => MetricScale.Of(new LocalizedText("固定资产利用率", "utilisation rate"), Interval.Closed(0m, 1m), MetricDirection.HigherIsBetter, _bands);

    public override void Define()
    {
        IReadOnlyList<FixedAssets> assets = null!;
        When()
            .Collect(() => assets);
        Then()
            .Yield(_ => FromSingle(assets, Score));
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        if (defects.HasFlag(Defects.AdjustThrows) && value > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A utilisation rate cannot exceed 100%.");
        }

        if (facts.OfType<FixedAssets>().ToList() is not [var assets] || value < 0m || assets.OriginalValue <= 0m)
        {
            return null;
        }

        var changed = assets with { InUseOriginalValue = value * assets.OriginalValue };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, assets) ? changed : f)], nameof(FixedAssets), nameof(FixedAssets.InUseOriginalValue), assets.InUseOriginalValue, changed.InUseOriginalValue);
    }

    private IndicatorResult Score(FixedAssets assets)
    {
        var metric = new MetricValue(
            new LocalizedText("固定资产利用率", "utilisation rate"),
            "{0}/{1}",
            Ratio.Of(assets.InUseOriginalValue, assets.OriginalValue, "固定资产利用率"),
            ValueUnit.Percent,
            ScoringInput.Of(new LocalizedText("在用固定资产原值", "assets in use"), assets.InUseOriginalValue, ValueUnit.Yuan, nameof(FixedAssets), nameof(FixedAssets.InUseOriginalValue)),
            ScoringInput.Of(new LocalizedText("固定资产原值", "all assets"), assets.OriginalValue, ValueUnit.Yuan, nameof(FixedAssets), nameof(FixedAssets.OriginalValue)));
        var classified = defects.HasFlag(Defects.RoundsUtilisationRate) ? Math.Round(metric.Value, 2, MidpointRounding.AwayFromZero) : metric.Value;
        var hit = _bands.Classify(classified);
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), hit.Describe()), metric.Inputs)] : [];
        return Scored(hit.Points, Notes.Band(metric, hit), metric, hit.Describe(), deductions);
    }
}
