using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Testing;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// The Suixi set loaded from its JSON document keeps every property of PerfRules.Testing around the golden facts, as the
/// C# set does (tests/PerfRules.Testing.Tests/GuangdongSuixi2022): its metric indicators are found in the loaded rule set.
/// </summary>
public sealed class JsonRuleSetPropertiesTest
{
    private const ulong Seed = 20240304;

    private static RuleSet Suixi => BuiltInRuleSets.GetFromDocument("GuangdongSuixi2022");

    [Fact]
    public void The_json_Suixi_rule_set_keeps_every_property_around_the_golden_facts()
    {
        var result = RuleSetProperties.Check(Suixi, new RuleSetCheckOptions { Baseline = SuixiGolden.Facts(), Seed = Seed });

        Assert.True(result.Passed, result.Report);
        Assert.Equal(["2.1.2", "2.1.3", "2.3.2"], result.MetricIndicators);
    }

    [Fact]
    public void The_json_Suixi_rule_set_keeps_its_bounds_with_idle_funds_last_year()
    {
        var baseline = SuixiGolden.Facts()
            .Select(f => f is IdleTreasuryFunds funds ? funds with { Amount = funds.YearEnd == 2021 ? 1_000_000.00m : 880_000.00m } : f)
            .ToList();

        var result = RuleSetProperties.Check(Suixi, new RuleSetCheckOptions
        {
            Baseline = baseline,
            Seed = Seed,
            Properties = RuleSetProperty.BoundsAsDeclared | RuleSetProperty.EveryValueInOneBand | RuleSetProperty.Monotone,
            RequireEveryMetricExercised = true,
        });

        Assert.True(result.Passed, result.Report);
        Assert.Empty(result.UnexercisedIndicators);
    }
}
