using PerfRules.Facts;
using PerfRules.Samples.CustomCounty;
using PerfRules.Samples.CustomCounty.Wangchuan2022;
using PerfRules.Testing;

namespace PerfRules.Samples.Tests.CustomCounty;

/// <summary>
/// RuleSetProperties.Check on the fictional 望川县's rule set, as a county would test its own: the Suixi department's
/// facts as the baseline. The county's two banded rows implement IMetricIndicator, so their new bounds are probed
/// with Suixi's (1.1.3, 2.1.2, 2.1.4, 2.3.2).
/// </summary>
public sealed class WangchuanRuleSetPropertiesTest
{
    private const ulong Seed = 20221231;

    private static IReadOnlyList<object> Department() => FactsJson.ReadFile(CustomCountySample.FactsFile);

    [Fact]
    public void The_county_rule_set_keeps_every_property_around_the_Suixi_department()
    {
        var result = RuleSetProperties.Check(WangchuanRuleSet.Build(), new RuleSetCheckOptions { Baseline = Department(), Seed = Seed });

        Assert.True(result.Passed, result.Report);
        Assert.Contains("2.1.3", result.MetricIndicators);
        Assert.Contains("2.1.6", result.MetricIndicators);

        // The department budgeted no procurement, so 2.1.6 has no rate to move; nor had it idle funds for 2.1.4's
        // change rate (as in the Suixi check). The next test gives it both.
        Assert.Equal(["2.1.4", "2.1.6"], result.UnexercisedIndicators.Order());
    }

    [Fact]
    public void Every_metric_is_exercised_with_a_procurement_budget_and_idle_funds_last_year()
    {
        var baseline = Department()
            .Select(f => f switch
            {
                Procurement => new Procurement(300_000.00m, 219_686.00m),
                IdleTreasuryFunds funds => funds with { Amount = funds.YearEnd == 2021 ? 1_000_000.00m : 880_000.00m },
                _ => f,
            })
            .ToList();

        var result = RuleSetProperties.Check(WangchuanRuleSet.Build(), new RuleSetCheckOptions
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
