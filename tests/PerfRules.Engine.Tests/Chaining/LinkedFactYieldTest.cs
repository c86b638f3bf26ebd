using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Chaining;

/// <summary>Then().Yield(...): a linked fact lives exactly as long as the match that produced it (truth maintenance).</summary>
public sealed class LinkedFactYieldTest
{
    public sealed class Order(int id, decimal amount)
    {
        public int Id { get; } = id;

        public decimal Amount { get; set; } = amount;

        public override string ToString() => $"Order#{Id}";
    }

    public sealed record Discount(int OrderId, decimal Amount);

    [Name("Discount large orders")]
    public sealed class DiscountRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount >= 1000m);
            Then().Yield(ctx => new Discount(order.Id, order.Amount / 10m));
        }
    }

    [Name("Announce discount")]
    public sealed class AnnounceDiscountRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Discount discount = null!;
            When().Match(() => discount);
            Then().Do(ctx => log.Add(discount.OrderId + ":" + discount.Amount));
        }
    }

    public sealed record Invoice(int OrderId, decimal Amount);

    /// <summary>Two yields in one rule: each has its own linked fact.</summary>
    [Name("Discount and invoice large orders")]
    public sealed class DiscountAndInvoiceRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount >= 1000m);
            Then()
                .Yield(ctx => new Discount(order.Id, order.Amount / 10m))
                .Yield(ctx => new Invoice(order.Id, order.Amount - (order.Amount / 10m)));
        }
    }

    private readonly ActionLog _log = new();

    private ISession NewSession() => Rules.Session(new DiscountRule(), new AnnounceDiscountRule(_log));

    [Fact]
    public void Fire_MatchFiresFirstTime_LinkedFactInsertedAndChainedOn()
    {
        var session = NewSession();
        var recorder = new FiringRecorder(session);

        session.Insert(new Order(1, 1500m));
        Assert.Empty(session.Query<Discount>());
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal([new Discount(1, 150m)], session.Query<Discount>());
        Assert.Equal(["Discount large orders", "Announce discount"], recorder.RuleNames);
        Assert.Equal(["1:150"], _log.Entries);
    }

    [Fact]
    public void Fire_SourceUpdatedAndMatchRefires_LinkedFactReplaced()
    {
        var session = NewSession();
        var order = new Order(1, 1500m);
        session.Insert(order);
        session.Fire();
        _log.Take();

        order.Amount = 2000m;
        session.Update(order);
        session.Fire();

        Assert.Equal([new Discount(1, 200m)], session.Query<Discount>());
        Assert.Equal(["1:200"], _log.Entries);
    }

    [Fact]
    public void Fire_SourceRetracted_LinkedFactRetractedWithIt()
    {
        var session = NewSession();
        var order = new Order(1, 1500m);
        var retracted = new List<object>();
        session.FactRetracted += (_, e) => retracted.Add(e.Fact);
        session.Insert(order);
        session.Fire();

        session.Retract(order);

        Assert.Empty(session.Query<Discount>());
        Assert.Contains(new Discount(1, 150m), retracted);
        Assert.Equal(0, session.Fire());
        Assert.Empty(session.Query<Discount>());
    }

    [Fact]
    public void Fire_SourceUpdatedSoMatchDisappears_LinkedFactRetracted()
    {
        var session = NewSession();
        var order = new Order(1, 1500m);
        session.Insert(order);
        session.Fire();

        order.Amount = 10m;
        session.Update(order);
        session.Fire();

        Assert.Empty(session.Query<Discount>());
        Assert.Single(session.Query<Order>());
    }

    [Fact]
    public void Fire_TwoMatches_OneLinkedFactEach()
    {
        var session = NewSession();
        var first = new Order(1, 1000m);
        session.InsertAll([first, new Order(2, 3000m), new Order(3, 5m)]);
        session.Fire();

        Assert.Equal([new Discount(1, 100m), new Discount(2, 300m)], session.Query<Discount>().OrderBy(d => d.OrderId));

        session.Retract(first);
        session.Fire();

        Assert.Equal([new Discount(2, 300m)], session.Query<Discount>());
    }

    [Fact]
    public void Fire_MatchGoneAndBack_LinkedFactComesBack()
    {
        var session = NewSession();
        var order = new Order(1, 1500m);
        session.Insert(order);
        session.Fire();

        order.Amount = 10m;
        session.Update(order);
        session.Fire();
        order.Amount = 1200m;
        session.Update(order);
        session.Fire();

        Assert.Equal([new Discount(1, 120m)], session.Query<Discount>());
    }

    [Fact]
    public void Fire_TwoYieldsInOneRule_EachLinkedFactReplacedAndRetractedWithTheMatch()
    {
        var session = Rules.Session(new DiscountAndInvoiceRule());
        var order = new Order(1, 1000m);
        session.Insert(order);
        session.Fire();
        Assert.Equal([new Discount(1, 100m)], session.Query<Discount>());
        Assert.Equal([new Invoice(1, 900m)], session.Query<Invoice>());

        order.Amount = 2000m;
        session.Update(order);
        session.Fire();
        Assert.Equal([new Discount(1, 200m)], session.Query<Discount>());
        Assert.Equal([new Invoice(1, 1800m)], session.Query<Invoice>());

        session.Retract(order);
        Assert.Empty(session.Query<Discount>());
        Assert.Empty(session.Query<Invoice>());
    }
}
