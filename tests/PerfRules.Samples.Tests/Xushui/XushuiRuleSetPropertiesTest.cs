using PerfRules.Facts;
using PerfRules.Samples.Xushui;
using PerfRules.Testing;

namespace PerfRules.Samples.Tests.Xushui;

/// <summary>
/// RuleSetProperties.Check on the Xushui-style rule set, with the 2023 self-assessment's facts as the baseline. It has
/// no banded indicator (the seed gives category scores, not criteria), so the scorecard properties are what is checked:
/// scores within the points that applied, deductions that reconcile with the conversion, rounding, order and JSON.
/// </summary>
public sealed class XushuiRuleSetPropertiesTest
{
    private const ulong Seed = 20231231;

    [Fact]
    public void The_Xushui_rule_set_keeps_every_property_around_the_self_assessment()
    {
        var result = RuleSetProperties.Check(XushuiSample.LoadRuleSet(), new RuleSetCheckOptions { Baseline = XushuiSample.ReadFacts(), Seed = Seed });

        Assert.True(result.Passed, result.Report);
        Assert.Empty(result.MetricIndicators);
    }

    [Fact]
    public void The_properties_hold_with_procurement_applying_and_bonus_and_penalty_items()
    {
        IReadOnlyList<object> baseline =
        [
            .. XushuiSample.ReadFacts().Select(f => f is Procurement ? new Procurement(200_000.00m, 196_000.00m) : f),
            new SelfAssessedScore("3.1", 2.5m),
            new Commendation("参与预算管理一体化改革试点", "保定市财政局"),
            new AccountabilityFinding("以拨作支", "区财政局日常监管"),
        ];

        var result = RuleSetProperties.Check(XushuiSample.LoadRuleSet(), new RuleSetCheckOptions { Baseline = baseline, Seed = Seed });

        Assert.True(result.Passed, result.Report);
    }
}
