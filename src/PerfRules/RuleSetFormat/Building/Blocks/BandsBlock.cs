using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary><c>bands</c>: the band the metric falls in gives the points (支出完成率 [90%, 100%) → 3). A metric in no band is an error.</summary>
internal sealed class BandsBlock(BoundFormula metric, LocalizedText name, ValueUnit unit, Interval domain, MetricDirection direction, bool stateInputs, BandScale bands, decimal points)
    : MetricBlock(metric, name, unit, domain, stateInputs, points)
{
    public BandScale Bands { get; } = bands;

    public override MetricScale Scale { get; } = MetricScale.Of(name, domain, direction, bands);

    protected override BlockOutcome Score(MetricValue metric)
    {
        if (!Bands.TryClassify(metric.Value, out var hit))
        {
            var exception = new MetricOutsideBandsException(metric.Value, [.. Bands.Bands.Select(b => b.Interval)]);
            return BlockOutcome.Error(new Facts.FactProblem(Metric.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                $"{Notes.Computation(metric).Chinese}，不在任何分档中：评分标准未规定如何计分（{exception.Message}）",
                $"{Notes.Computation(metric).Get(Language.English)}, in no band: the criteria do not say how to score it ({exception.Message})")));
        }

        var lost = Points - hit.Points;
        Loss[] losses = lost > 0m ? [Loss.Computed(lost, Notes.Join(Notes.Computation(metric), hit.Describe(AsPercent)), metric.Inputs)] : [];
        return BlockOutcome.Scored(Points, hit.Points, Notes.Band(metric, hit, StateInputs), losses, metric, hit.Describe(AsPercent));
    }
}
