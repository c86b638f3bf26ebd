using PerfRules.Facts;
using PerfRules.Testing.Tests.SampleCounty;

namespace PerfRules.Testing.Tests;

/// <summary>
/// The one-call check run on a sample county's own rule set: the correct rule set passes; each planted mistake is found
/// by the property it breaks, named with its indicator, shrunk and explained.
/// </summary>
public sealed class RuleSetPropertiesTest
{
    private const ulong Seed = 20240304;

    private static RuleSetCheckOptions Options(int cases = 60) => new()
    {
        Baseline = SampleCountyRuleSet.Facts(),
        Cases = cases,
        BoundaryVariations = 3,
        Seed = Seed,
    };

    private static RuleSetCheckResult Run(Defects defects, int cases = 60) =>
        RuleSetProperties.Run(SampleCountyRuleSet.Build(defects), Options(cases));

    private static PropertyOutcome SingleFailure(RuleSetCheckResult result, RuleSetProperty property, string? code)
    {
        var failure = Assert.Single(result.Failures);
        Assert.Equal((property, code), (failure.Property, failure.IndicatorCode));
        return failure;
    }

    [Fact]
    public void A_correct_county_rule_set_keeps_every_property()
    {
        var result = RuleSetProperties.Check(SampleCountyRuleSet.Build(), new RuleSetCheckOptions { Baseline = SampleCountyRuleSet.Facts(), Seed = Seed });

        Assert.True(result.Passed, result.Report);
        Assert.Equal(["1.1", "1.2", "1.3", "2.1"], result.MetricIndicators);
        Assert.Equal(5 + (3 * 4), result.Outcomes.Count);
        Assert.Empty(result.UnexercisedIndicators);
        Assert.All(result.Outcomes, o => Assert.True(o.Exercised));
    }

    [Fact]
    public void An_open_band_is_reported_with_a_value_that_falls_in_no_band()
    {
        var failure = SingleFailure(Run(Defects.GapInCompletionBands), RuleSetProperty.EveryValueInOneBand, "1.1");

        Assert.Contains("支出完成率 = 0.8 lies in the domain [0, 1] but in no band", failure.Failure);
        Assert.Contains("1.1 支出完成率: Error", failure.Explanation);
    }

    [Fact]
    public void An_inclusive_bound_scored_as_exclusive_is_reported_at_the_exact_bound()
    {
        var failure = SingleFailure(Run(Defects.CarryOverBoundExclusive), RuleSetProperty.BoundsAsDeclared, "1.2");

        Assert.Contains("1.2 at 0.1 (exactly on the bound): the rule computed 0.1; declared 0.1 ∈ (-∞, 0.1] → 3 → expected 3, scored 2", failure.Failure);
        Assert.Contains("ClosingFiscalCarryOver", failure.Case);
    }

    [Fact]
    public void A_rate_rounded_before_it_is_classified_is_reported_just_below_the_bound()
    {
        var failure = SingleFailure(Run(Defects.RoundsUtilisationRate), RuleSetProperty.BoundsAsDeclared, "1.3");

        Assert.Contains("just below the bound 0.95", failure.Failure);
        Assert.Contains("∈ [0.9, 0.95) → 1 → expected 1, scored 3", failure.Failure);
    }

    [Fact]
    public void A_band_that_pays_more_for_a_worse_rate_is_reported_as_not_monotone()
    {
        var failure = SingleFailure(Run(Defects.NonMonotoneUtilisationBands), RuleSetProperty.Monotone, "1.3");

        Assert.Contains("declared higher-is-better", failure.Failure);
        Assert.Contains("the declared scale itself is not monotone", failure.Failure);
    }

    [Fact]
    public void Rounding_half_to_even_is_reported_with_the_midpoint_it_got_wrong()
    {
        var failure = SingleFailure(Run(Defects.BankersRounding), RuleSetProperty.RoundingHalfAwayFromZero, null);

        Assert.Contains("1 points × 4.5/4 = 1.125 rounds half away from zero to 1.13, but the rule scored 1.12 (rounded half to even", failure.Failure);
    }

    [Fact]
    public void A_score_below_zero_is_reported_and_shrunk_to_the_findings_that_cause_it()
    {
        var failure = SingleFailure(Run(Defects.UnflooredFindings, cases: 200), RuleSetProperty.ScoresWithinWeights, null);

        Assert.Contains("rule '2.2 财务合规性' threw ArgumentException: Indicator 2.2 scores -", failure.Failure);
        Assert.Contains("EvaluatorFinding", failure.Case);
        Assert.True(failure.Facts.Count < SampleCountyRuleSet.Facts().Count, failure.Case);
        Assert.All(failure.Facts, f => Assert.IsType<EvaluatorFinding>(f));
    }

    [Fact]
    public void A_note_that_lists_findings_in_insertion_order_is_reported()
    {
        var failure = SingleFailure(Run(Defects.FindingsInInsertionOrder), RuleSetProperty.InsertionOrderInvariant, null);

        Assert.Contains("indicator 2.2 财务合规性 differs: note", failure.Failure);
    }

    [Fact]
    public void Points_lost_without_a_deduction_are_reported()
    {
        var failure = SingleFailure(Run(Defects.DeductionMissing), RuleSetProperty.DeductionsReconcile, null);

        Assert.Contains("2.1 预算编制准确性: its deductions add up to 1, but effective weight 5 − score 2 = 3", failure.Failure);
    }

    [Fact]
    public void A_rate_outside_the_declared_domain_must_be_rejected_not_scored()
    {
        var failure = SingleFailure(Run(Defects.ScoresAboveDomain), RuleSetProperty.EveryValueInOneBand, "1.1");

        Assert.Contains("1.000001 lies outside the declared domain [0, 1], yet the rule scored it", failure.Failure);
    }

    [Fact]
    public void An_Adjust_that_throws_instead_of_returning_null_is_reported()
    {
        var failure = SingleFailure(Run(Defects.AdjustThrows), RuleSetProperty.BoundsAsDeclared, "1.3");

        Assert.Contains("1.3 固定资产利用率: its Adjust threw ArgumentOutOfRangeException when asked for 1.000001", failure.Failure);
    }

    [Fact]
    public void Check_throws_a_framework_neutral_exception_whose_message_is_the_readable_report()
    {
        var exception = Assert.Throws<RuleSetPropertyException>(() =>
            RuleSetProperties.Check(SampleCountyRuleSet.Build(Defects.CarryOverBoundExclusive), Options()));

        Assert.Equal(exception.Result.Report, exception.Message);
        Assert.StartsWith($"Rule set SampleCounty 1.0.0: 1 of 17 property checks failed (seed {Seed}; replay with RuleSetCheckOptions.Seed = {Seed}).", exception.Message);
        Assert.Contains("✗ BoundsAsDeclared 1.2", exception.Message);
        Assert.Contains("✓ Monotone 1.2", exception.Message);
        Assert.Contains("Facts (1):", exception.Message);
        Assert.Contains("BudgetExecution { FiscalAppropriationRevenueBudget = 10000000.00", exception.Message);

        // The scorecard's own explanation of the shrunk case.
        Assert.Contains("1.2 结转结余率: Scored, 2 of 3", exception.Message);
        Assert.Contains("hit: 10.00% ∈ [10%, 20%)，得2分", exception.Message);
    }

    [Fact]
    public void The_same_seed_replays_the_same_cases()
    {
        var first = Run(Defects.FindingsInInsertionOrder);
        var second = Run(Defects.FindingsInInsertionOrder);

        Assert.Equal(first.Report, second.Report);
        Assert.Equal(Seed, first.Seed);
    }

    [Fact]
    public void Without_a_seed_a_random_one_is_drawn_and_reported()
    {
        var result = RuleSetProperties.Run(SampleCountyRuleSet.Build(), Options() with { Seed = null, Properties = RuleSetProperty.JsonRoundTrip });

        Assert.NotEqual(0UL, result.Seed);
        Assert.Contains($"seed {result.Seed}", result.Report);
    }

    [Fact]
    public void Only_the_chosen_properties_are_checked()
    {
        var result = RuleSetProperties.Run(SampleCountyRuleSet.Build(Defects.DeductionMissing), Options() with { Properties = RuleSetProperty.BoundsAsDeclared | RuleSetProperty.Monotone });

        Assert.True(result.Passed, result.Report);
        Assert.Equal(
            [(RuleSetProperty.BoundsAsDeclared, "1.1"), (RuleSetProperty.BoundsAsDeclared, "1.2"), (RuleSetProperty.BoundsAsDeclared, "1.3"), (RuleSetProperty.BoundsAsDeclared, "2.1"),
             (RuleSetProperty.Monotone, "1.1"), (RuleSetProperty.Monotone, "1.2"), (RuleSetProperty.Monotone, "1.3"), (RuleSetProperty.Monotone, "2.1")],
            result.Outcomes.Select(o => (o.Property, o.IndicatorCode)));
    }

    [Fact]
    public void A_metric_the_baseline_cannot_move_is_reported_as_not_exercised_and_fails_only_when_required()
    {
        // Without fixed assets, 1.3's Adjust has nothing to move.
        var baseline = SampleCountyRuleSet.Facts().Where(f => f is not FixedAssets).ToList();
        var options = Options() with { Baseline = baseline, Properties = RuleSetProperty.BoundsAsDeclared };

        var lenient = RuleSetProperties.Run(SampleCountyRuleSet.Build(), options);
        var strict = RuleSetProperties.Run(SampleCountyRuleSet.Build(), options with { RequireEveryMetricExercised = true });

        Assert.True(lenient.Passed, lenient.Report);
        Assert.Equal(["1.3"], lenient.UnexercisedIndicators);
        Assert.Contains("⚠ BoundsAsDeclared 1.3 (not exercised", lenient.Report);
        Assert.Equal((RuleSetProperty.BoundsAsDeclared, "1.3"), Assert.Single(strict.Failures.Select(f => (f.Property, f.IndicatorCode))));
    }

    [Fact]
    public void Options_out_of_range_are_refused_before_anything_runs()
    {
        var ruleSet = SampleCountyRuleSet.Build();

        Assert.Throws<ArgumentException>(() => RuleSetProperties.Run(ruleSet, Options() with { Baseline = [] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetProperties.Run(ruleSet, Options() with { Cases = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetProperties.Run(ruleSet, Options() with { Epsilon = 0m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetProperties.Run(ruleSet, Options() with { Properties = RuleSetProperty.None }));
    }
}
