using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Testing.Boundaries;

namespace PerfRules.Testing.Tests.GuangdongSuixi2022;

/// <summary>
/// The built-in Suixi 2022 rule set checked with the golden facts of the published evaluation as the baseline; the
/// metric indicators are found in the rule set, so rules that gain a scale later are checked without a change here.
/// </summary>
public sealed class SuixiRuleSetPropertiesTest
{
    private const ulong Seed = 20240304;

    private static RuleSet Suixi => BuiltInRuleSets.GuangdongSuixi2022;

    private static IMetricIndicator Metric(string code) =>
        BoundaryGenerators.MetricIndicators(Suixi).Single(m => m.Indicator.Code == code);

    [Fact]
    public void The_Suixi_rule_set_keeps_every_property_around_the_golden_facts()
    {
        var result = RuleSetProperties.Check(Suixi, new RuleSetCheckOptions { Baseline = SuixiGolden.Facts(), Seed = Seed });

        Assert.True(result.Passed, result.Report);
        Assert.Contains("2.1.3", result.MetricIndicators);

        // The golden department had no idle treasury funds at either year-end: 2.1.4's change rate has no denominator,
        // so no value of it can be reached from these facts (the next test reaches it).
        Assert.Equal(["2.1.4"], result.UnexercisedIndicators);
    }

    [Fact]
    public void Every_metric_is_exercised_from_the_golden_facts_with_idle_funds_last_year()
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

    [Fact]
    public void A_completion_rate_above_100_percent_is_bad_input_as_the_domain_of_2_1_2_declares()
    {
        // The published bands stop at "结果=100%" (an open band above it); the rule set's decision, documented in
        // docs/rulesets/guangdong-suixi-2022.md (2.1.2, Choices), is to reject such a rate as bad input. Its scale says so
        // by ending its domain at 100%, so the boundary properties never probe above it for a score …
        var completion = Metric("2.1.2");
        Assert.True(completion.Scale.Domain.Contains(1m));
        Assert.False(completion.Scale.Domain.Contains(1.000001m));
        Assert.All(
            BoundaryGenerators.Probes(completion).Where(p => p.Kind != BoundaryProbeKind.OutsideDomain),
            p => Assert.InRange(p.Value, 0m, 1m));

        // … and the rule rejects it, naming the fact and field, rather than scoring it 4 or 0.
        var above = completion.Adjust(SuixiGolden.Facts(), 1.05m)!;
        var card = new ScorecardEvaluator(Suixi).Evaluate(above.Facts);

        Assert.Equal(IndicatorOutcome.Error, card["2.1.2"].Outcome);
        Assert.Contains(card["2.1.2"].Problems, p => p.FactType == nameof(BudgetExecution) && p.Field == nameof(BudgetExecution.ActualExpenditure));
        Assert.Null(card.Total);
    }
}
