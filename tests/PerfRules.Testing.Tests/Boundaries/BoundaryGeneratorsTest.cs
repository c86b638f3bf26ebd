using FsCheck.Fluent;
using PerfRules.Testing.Boundaries;
using PerfRules.Testing.Tests.SampleCounty;
using PerfRules.Facts;

namespace PerfRules.Testing.Tests.Boundaries;

public sealed class BoundaryGeneratorsTest
{
    private static readonly CarryOverRate CarryOver = new(Defects.None);
    private static readonly CompletionRate Completion = new(Defects.None);

    private static IEnumerable<decimal> Values(IEnumerable<BoundaryProbe> probes, BoundaryProbeKind kind) =>
        probes.Where(p => p.Kind == kind).Select(p => p.Value);

    [Fact]
    public void Every_bound_is_probed_exactly_on_it_and_just_beside_it_by_the_relative_epsilon()
    {
        var probes = BoundaryGenerators.Probes(CarryOver);

        Assert.Equal([0.1m, 0.2m, 0.3m], Values(probes, BoundaryProbeKind.OnBound));
        Assert.Equal([0.0999999m, 0.1999998m, 0.2999997m], Values(probes, BoundaryProbeKind.JustBelow));
        Assert.Equal([0.1000001m, 0.2000002m, 0.3000003m], Values(probes, BoundaryProbeKind.JustAbove));
        Assert.Equal([-1, +1, -1, +1, -1, +1], probes.Where(p => p.Cents != 0).Select(p => p.Cents));
    }

    [Fact]
    public void Gaps_between_bounds_and_values_beyond_the_outermost_ones_are_sampled()
    {
        var probes = BoundaryGenerators.Probes(CarryOver);

        Assert.Equal([0.125m, 0.15m, 0.175m, 0.225m, 0.25m, 0.275m], Values(probes, BoundaryProbeKind.BetweenBounds));
        Assert.Equal([0.05m], Values(probes, BoundaryProbeKind.BelowAllBounds));
        Assert.Equal([1.3m, 10.3m], Values(probes, BoundaryProbeKind.AboveAllBounds));
        Assert.Equal([0m], Values(probes, BoundaryProbeKind.DomainEdge));
    }

    [Fact]
    public void Values_outside_the_domain_are_probed_only_to_see_them_rejected()
    {
        var probes = BoundaryGenerators.Probes(Completion);

        Assert.Equal([-0.000001m, 1.000001m], Values(probes, BoundaryProbeKind.OutsideDomain));
        Assert.All(probes.Where(p => p.Kind != BoundaryProbeKind.OutsideDomain), p => Assert.True(Completion.Scale.Domain.Contains(p.Value), p.ToString()));
        Assert.Equal(probes.OrderBy(p => p.Value).ThenBy(p => p.Cents), probes);
    }

    [Fact]
    public void Steps_are_probed_at_the_threshold_and_at_every_step_up_to_the_one_that_takes_the_last_point()
    {
        var probes = BoundaryGenerators.Probes(new BudgetVariance(Defects.None));

        Assert.Equal([0m, 0.05m, 0.10m, 0.15m, 0.20m, 0.25m, 0.30m], Values(probes, BoundaryProbeKind.OnBound));
    }

    [Fact]
    public void A_probe_puts_the_metric_exactly_on_its_value()
    {
        var facts = SampleCountyRuleSet.Facts();
        var onBound = BoundaryGenerators.Probes(CarryOver).First(p => p.Kind == BoundaryProbeKind.OnBound);

        var adjustment = onBound.Apply(CarryOver, facts)!;

        var budget = adjustment.Facts.OfType<BudgetExecution>().Single();
        Assert.Equal(0.1m, budget.ClosingFiscalCarryOver / (budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation));
        Assert.Equal(nameof(BudgetExecution.ClosingFiscalCarryOver), adjustment.Field);
    }

    [Fact]
    public void A_cent_probe_moves_the_adjusted_input_by_exactly_one_cent()
    {
        var facts = SampleCountyRuleSet.Facts();
        var probes = BoundaryGenerators.Probes(CarryOver).Where(p => p.Value == 0.1m).ToList();

        var on = probes.Single(p => p.Cents == 0).Apply(CarryOver, facts)!;
        var below = probes.Single(p => p.Cents == -1).Apply(CarryOver, facts)!;
        var above = probes.Single(p => p.Cents == +1).Apply(CarryOver, facts)!;

        Assert.Equal(on.To - 0.01m, below.Facts.OfType<BudgetExecution>().Single().ClosingFiscalCarryOver);
        Assert.Equal(on.To + 0.01m, above.Facts.OfType<BudgetExecution>().Single().ClosingFiscalCarryOver);
    }

    [Fact]
    public void A_probe_the_facts_cannot_reach_gives_nothing()
    {
        var probe = BoundaryGenerators.Probes(CarryOver)[0];

        Assert.Null(probe.Apply(CarryOver, [new FixedAssets(1m, 1m)]));
    }

    [Fact]
    public void The_generators_read_every_metric_indicator_from_the_rule_set_itself()
    {
        var ruleSet = SampleCountyRuleSet.Build();

        var baseline = SampleCountyRuleSet.Facts();

        var codes = BoundaryGenerators.Probe(ruleSet).Sample(500).Select(p => p.IndicatorCode).ToHashSet();
        var moved = BoundaryGenerators.Facts(ruleSet, baseline).Sample(200);

        Assert.Equal(["1.1", "1.2", "1.3", "2.1"], BoundaryGenerators.MetricIndicators(ruleSet).Select(m => m.Indicator.Code));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1"], codes.Order());
        Assert.All(moved, m => Assert.Single(m.Adjustment.Facts, f => !baseline.Contains(f, ReferenceEqualityComparer.Instance)));
    }
}
