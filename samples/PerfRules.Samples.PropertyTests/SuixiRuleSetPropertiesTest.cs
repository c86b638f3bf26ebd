// <quickstart>
using PerfRules.Facts;
using PerfRules.RuleSets;
using PerfRules.Testing;
using Xunit;

namespace PerfRules.Samples.PropertyTests;

public sealed class SuixiRuleSetPropertiesTest
{
    [Fact]
    public void The_Suixi_rule_set_keeps_its_properties_around_a_real_department()
    {
        // A complete fact set for the rule set: the baseline the check varies (numbers scaled, dates moved, facts left
        // out, every metric put on and beside every bound of its bands and steps, facts inserted in shuffled order).
        var department = FactsJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "suixi-hrss-2022.facts.json"));

        // One call. On failure it throws RuleSetPropertyException, whose message names the property, the indicator and
        // the seed, and shows the shrunk facts with the scorecard's explanation. Leave Seed out to draw new cases each run.
        var result = RuleSetProperties.Check(BuiltInRuleSets.GuangdongSuixi2022, new RuleSetCheckOptions { Baseline = department, Seed = 2022 });

        // The bounds were read from the rule set itself: every indicator rule that implements IMetricIndicator.
        Assert.Contains("2.1.2", result.MetricIndicators);
    }
}
// </quickstart>
