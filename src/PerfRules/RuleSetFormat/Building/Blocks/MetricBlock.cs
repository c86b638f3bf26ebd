using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// What bands and steps share: a metric computed by a formula, checked against its domain, and shown with its inputs
/// (<see cref="MetricValue"/>), and the scale the <see cref="IMetricIndicator"/> exposes.
/// </summary>
internal abstract class MetricBlock(BoundFormula metric, LocalizedText name, ValueUnit unit, Interval domain, bool stateInputs, decimal points) : IScoringBlock
{
    public decimal Points { get; } = points;

    public BoundFormula Metric { get; } = metric;

    public LocalizedText Name { get; } = name;

    public ValueUnit Unit { get; } = unit;

    public Interval Domain { get; } = domain;

    public bool StateInputs { get; } = stateInputs;

    public abstract MetricScale Scale { get; }

    public IEnumerable<Formula> Formulas => [Metric.Formula];

    public IEnumerable<Type> OwnCodeFacts => [];

    protected bool AsPercent => Unit == ValueUnit.Percent;

    public BlockOutcome Score(BlockContext context)
    {
        if (!Metric.TryNumber(context, out var value, out var failure))
        {
            return failure!;
        }

        var inputs = Metric.Inputs.Evaluate(context.Scope);
        var metric = new MetricValue(Name, Metric.Inputs.TemplateFor(inputs), value, Unit, inputs);
        if (!Domain.Contains(value))
        {
            // The value is bad input: name the value it was computed from first (the numerator of a rate), the one to check.
            var domain = AsPercent ? Domain.ToPercentString() : Domain.ToString();
            var (factType, field) = Metric.Inputs.FirstSource;
            return BlockOutcome.Error(new Facts.FactProblem(factType ?? Metric.Formula.References.FirstOrDefault()?.FactType ?? "*", field ?? "*", new LocalizedText(
                $"{Notes.Computation(metric).Chinese}，超出其取值范围{domain}：请核对数据",
                $"{Notes.Computation(metric).Get(Language.English)}, outside its domain {domain}: check the figures")));
        }

        return Score(metric);
    }

    protected abstract BlockOutcome Score(MetricValue metric);
}
