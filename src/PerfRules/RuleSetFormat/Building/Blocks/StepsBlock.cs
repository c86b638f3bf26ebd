using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary><c>steps</c>: full points up to the threshold, less the points of every step beyond it, floored at 0 (预决算差异率).</summary>
internal sealed class StepsBlock(BoundFormula metric, LocalizedText name, ValueUnit unit, Interval domain, bool stateInputs, StepScale steps)
    : MetricBlock(metric, name, unit, domain, stateInputs, steps.PointsAvailable)
{
    public StepScale Steps { get; } = steps;

    public override MetricScale Scale { get; } = MetricScale.Of(name, domain, MetricDirection.LowerIsBetter, steps);

    protected override BlockOutcome Score(MetricValue metric)
    {
        var result = Steps.Apply(metric.Value);
        // The deduction states the computation and the steps counted, as a band's states the band hit.
        Loss[] losses = result.PointsDeducted > 0m
            ? [Loss.Computed(result.PointsDeducted, Notes.Join(Notes.Computation(metric), result.Describe()), metric.Inputs)]
            : [];
        return BlockOutcome.Scored(Points, result.Score, Notes.Step(metric, result, StateInputs), losses, metric, result.Describe());
    }
}
