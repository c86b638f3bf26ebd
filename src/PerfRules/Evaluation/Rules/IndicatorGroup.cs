using PerfRules.Indicators;

namespace PerfRules.Evaluation.Rules;

/// <summary>
/// A group indicator (一级、二级指标) of the rule set's tree, as a fact: the group-total rule matches these, so it never
/// considers a leaf. The tree knows which definitions have children; asking the network to find out, for every
/// definition against every other, cost more than scoring some indicators.
/// </summary>
/// <param name="Definition">The group's definition.</param>
internal sealed record IndicatorGroup(IndicatorDefinition Definition);
