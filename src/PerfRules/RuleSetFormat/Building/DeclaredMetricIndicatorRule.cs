using PerfRules.Evaluation;
using PerfRules.Indicators;
using PerfRules.RuleSetFormat.Building.Blocks;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A declared leaf scored by a bands or steps block: it exposes the scale, and moves the metric when the formula is a
/// ratio <c>T.F / expression</c> (see <see cref="MetricAdjuster"/>).
/// </summary>
internal sealed class DeclaredMetricIndicatorRule(IndicatorDefinition indicator, LeafPlan plan, MetricBlock block, MetricAdjuster? adjuster)
    : DeclaredIndicatorRule(indicator, plan), IMetricIndicator
{
    public MetricScale Scale => block.Scale;

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return adjuster?.Adjust(facts, value);
    }
}
