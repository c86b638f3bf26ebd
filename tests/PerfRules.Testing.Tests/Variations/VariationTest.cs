using FsCheck.Fluent;
using PerfRules.Facts;
using PerfRules.Testing.Boundaries;
using PerfRules.Testing.Running;
using PerfRules.Testing.Tests.SampleCounty;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Tests.Variations;

public sealed class VariationTest
{
    private static readonly IReadOnlyList<object> Facts = SampleCountyRuleSet.Facts();
    private static readonly Baseline Baseline = new(Facts, BoundaryGenerators.MetricIndicators(SampleCountyRuleSet.Build()));

    private static int IndexOf<T>() => Facts.ToList().FindIndex(f => f is T);

    [Fact]
    public void Every_number_date_and_flag_of_every_baseline_fact_may_be_varied()
    {
        var budget = IndexOf<BudgetExecution>();

        Assert.Equal(8, Baseline.Fields.Count(f => f.FactIndex == budget));
        Assert.Contains(Baseline.Fields, f => f.Field == nameof(EvaluationContext.EvaluationDate) && f.Kind == FieldKind.Date);
        Assert.Contains(Baseline.Fields, f => f.Field == nameof(TransferPaymentScope.ManagesTransferPayments) && f.Kind == FieldKind.Flag);
        Assert.Contains(Baseline.Fields, f => f.Field == nameof(EvaluatorFinding.Points) && f.Kind == FieldKind.Decimal);

        // Absent values (OperatingExpenses.AdjustedBudget is null) are not varied.
        Assert.DoesNotContain(Baseline.Fields, f => f.Field == nameof(OperatingExpenses.AdjustedBudget));
    }

    [Fact]
    public void The_identity_gives_the_baseline_facts_themselves()
    {
        var varied = Baseline.Apply(Variation.Identity);

        Assert.Equal(Facts, varied.Facts);
        Assert.All(Facts.Zip(varied.Facts), p => Assert.Same(p.First, p.Second));
    }

    [Fact]
    public void Edits_scale_amounts_to_the_cent_and_leave_every_other_fact_as_it_was()
    {
        var assets = IndexOf<FixedAssets>();
        var variation = new Variation([], [new FieldEdit(assets, nameof(FixedAssets.InUseOriginalValue), FieldKind.Decimal, 0.333m)], 0, null, 0);

        var varied = Baseline.Apply(variation).Facts;

        Assert.Equal(642_690.00m, ((FixedAssets)varied[assets]).InUseOriginalValue);
        Assert.All(Enumerable.Range(0, Facts.Count).Where(i => i != assets), i => Assert.Same(Facts[i], varied[i]));
    }

    [Fact]
    public void A_date_shift_moves_every_date_of_every_fact_by_the_same_days()
    {
        var varied = Baseline.Apply(new Variation([], [], -45, null, 0)).Facts;

        Assert.Equal(new DateOnly(2023, 6, 30).AddDays(-45), varied.OfType<EvaluationContext>().Single().EvaluationDate);
    }

    [Fact]
    public void Dropped_facts_are_left_out_and_a_probe_is_applied_last()
    {
        var probe = new BoundaryProbe("1.2", 0.1m, 0, BoundaryProbeKind.OnBound, 0.1m);

        var varied = Baseline.Apply(new Variation([IndexOf<FixedAssets>()], [], 0, probe, 0));

        Assert.DoesNotContain(varied.Facts, f => f is FixedAssets);
        Assert.Equal(Facts.Count - 1, varied.Facts.Count);
        Assert.Equal(nameof(BudgetExecution.ClosingFiscalCarryOver), varied.ProbeAdjustment!.Field);
    }

    [Fact]
    public void Shrinking_first_undoes_the_probe_the_date_shift_and_each_edit_then_leaves_out_more_facts()
    {
        var probe = new BoundaryProbe("1.2", 0.1m, 0, BoundaryProbeKind.OnBound, 0.1m);
        var edit = new FieldEdit(0, nameof(EvaluationContext.FiscalYear), FieldKind.Integer, 2m);
        var variation = new Variation([], [edit], 10, probe, 7);

        var candidates = VariationGenerator.Shrink(Baseline, variation).ToList();

        Assert.Null(candidates[0].Probe);
        Assert.Equal(0, candidates[1].DateShift);
        Assert.Empty(candidates[2].Edits);
        Assert.Equal([0, 1, 2, 3], candidates[3].Dropped);
        Assert.Contains(candidates, c => c.Dropped.Count == 1);
    }

    [Fact]
    public void The_baseline_is_checked_before_any_generated_variation()
    {
        var seen = new List<Variation>();

        var result = PropertyRun.Run(VariationGenerator.Arbitrary(Baseline, []), v => VariationGenerator.Shrink(Baseline, v), 5, 1, v =>
        {
            seen.Add(v);
            return null;
        });

        Assert.True(result.Passed);
        Assert.Equal(5, seen.Count);
        Assert.True(seen[0].ChangesNothing);
    }

    [Fact]
    public void Generated_variations_change_the_baseline_in_a_few_places()
    {
        var variations = VariationGenerator.Generator(Baseline, BoundaryGenerators.Probes(new CarryOverRate(Defects.None))).Sample(300);

        Assert.All(variations, v => Assert.InRange(v.Edits.Count, 0, 5));
        Assert.Contains(variations, v => v.Probe is not null);
        Assert.Contains(variations, v => v.Dropped.Count > 0);
        Assert.Contains(variations, v => v.DateShift != 0);
    }
}
