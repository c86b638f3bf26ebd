using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

public sealed class ReallocationTest
{
    /// <summary>支出完成率 (4) and 资金下达合法性's two parts: transfer payments (2) and subordinate budgets (1).</summary>
    private static Reallocation SuixiExpenditure() =>
        new(("2.1.2", 4m), ("2.1.5/transfers", 2m), ("2.1.5/subordinates", 1m));

    [Fact]
    public void Suixi_transfer_payment_points_move_to_completion_rate_and_3_of_4_becomes_4_5()
    {
        var reallocation = SuixiExpenditure().MoveTo("2.1.5/transfers", "2.1.2");

        Assert.Equal(6m, reallocation.EffectiveWeight("2.1.2"));
        Assert.Equal(4m, reallocation.OriginalWeight("2.1.2"));
        Assert.Equal(0m, reallocation.EffectiveWeight("2.1.5/transfers"));
        Assert.False(reallocation.IsApplicable("2.1.5/transfers"));
        Assert.Equal(1m, reallocation.EffectiveWeight("2.1.5/subordinates"));
        Assert.Equal(4.5m, reallocation.Rescale("2.1.2", 3m));
        Assert.Equal([new WeightTransfer("2.1.5/transfers", "2.1.2", 2m)], reallocation.Transfers);
    }

    [Fact]
    public void Suixi_budget_standards_item_3_is_spread_evenly_over_items_1_and_2()
    {
        var reallocation = new Reallocation(("1", 1m), ("2", 1m), ("3", 2m)).SpreadEvenly("3");

        Assert.Equal(
            [new("1", 2m), new("2", 2m), new("3", 0m)],
            reallocation.EffectiveWeights);
    }

    [Fact]
    public void A_remainder_goes_to_the_first_receiver()
    {
        var reallocation = new Reallocation(("a", 1m), ("b", 1m), ("c", 1m), ("d", 2m)).SpreadEvenly("d");

        Assert.Equal(1.68m, reallocation.EffectiveWeight("a"));
        Assert.Equal(1.66m, reallocation.EffectiveWeight("b"));
        Assert.Equal(1.66m, reallocation.EffectiveWeight("c"));
    }

    [Fact]
    public void Spreading_over_named_receivers_leaves_the_others_alone()
    {
        var reallocation = new Reallocation(("a", 1m), ("b", 1m), ("c", 1m), ("d", 2m)).SpreadEvenly("d", "c", "a");

        Assert.Equal(2m, reallocation.EffectiveWeight("a"));
        Assert.Equal(1m, reallocation.EffectiveWeight("b"));
        Assert.Equal(2m, reallocation.EffectiveWeight("c"));
    }

    [Fact]
    public void Points_received_move_on_with_the_item_that_received_them()
    {
        var reallocation = new Reallocation(("a", 1m), ("b", 1m), ("c", 1m)).MoveTo("a", "b").MoveTo("b", "c");

        Assert.Equal(3m, reallocation.EffectiveWeight("c"));
        Assert.Equal(2, reallocation.Transfers.Count);
    }

    [Fact]
    public void Bad_moves_are_rejected()
    {
        var start = SuixiExpenditure();
        var moved = start.MoveTo("2.1.5/transfers", "2.1.2");

        Assert.Throws<ArgumentException>(() => start.MoveTo("9.9", "2.1.2"));
        Assert.Throws<ArgumentException>(() => start.MoveTo("2.1.2", "2.1.2"));
        Assert.Throws<ArgumentException>(() => moved.MoveTo("2.1.5/transfers", "2.1.2"));
        Assert.Throws<ArgumentException>(() => moved.MoveTo("2.1.5/subordinates", "2.1.5/transfers"));
        Assert.Throws<ArgumentException>(() => start.SpreadEvenly("2.1.2", "2.1.5/subordinates", "2.1.5/subordinates"));
        Assert.Throws<ArgumentException>(() => new Reallocation(("a", 1m)).SpreadEvenly("a"));
        Assert.Throws<InvalidOperationException>(() => moved.Rescale("2.1.5/transfers", 1m));
    }

    [Fact]
    public void Bad_items_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Reallocation());
        Assert.Throws<ArgumentException>(() => new Reallocation(("a", 1m), ("a", 2m)));
        Assert.Throws<ArgumentException>(() => new Reallocation(("a", -1m)));
    }

    [Fact]
    public void Reallocation_never_changes_the_total()
    {
        var cases =
            from weights in Gen.Choose(0, 1000).ArrayOf(5)
            from source in Gen.Choose(0, 4)
            from count in Gen.Choose(1, 4)
            select (weights: weights.Select(w => w / 100m).ToArray(), source, count);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var items = c.weights.Select((w, i) => ($"k{i}", w)).ToArray();
            var receivers = Enumerable.Range(0, 5).Where(i => i != c.source).Take(c.count).Select(i => $"k{i}");
            var spread = new Reallocation(items).SpreadEvenly($"k{c.source}", receivers);
            return spread.EffectiveWeights.Sum(w => w.Value) == c.weights.Sum()
                && spread.EffectiveWeights.All(w => w.Value >= 0m);
        }).QuickCheckThrowOnFailure();
    }
}
