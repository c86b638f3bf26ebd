using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// An equality between two patterns (<c>o.CustomerId == customer.Id</c>) is a hashed join: a fact meets only the partners
/// with its key, so the work grows with the facts, not with their product; an update that changes a key moves the fact
/// to its new partners through the index.
/// </summary>
public sealed class HashedEqualityJoinTest
{
    private const int N = 1_000;

    public sealed class Customer(int id)
    {
        public int Id { get; set; } = id;

        public override string ToString() => $"Customer#{Id}";
    }

    public sealed class Order(int id, int customerId)
    {
        public int Id { get; } = id;

        public int CustomerId { get; set; } = customerId;

        public override string ToString() => $"Order#{Id}";
    }

    [Name("Order of customer, by equality")]
    public sealed class EqualityJoinRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => log.Add(customer.Id + "/" + order.Id));
        }
    }

    [Name("Order of customer, by range")]
    public sealed class RangeJoinRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId > customer.Id - 1 && o.CustomerId < customer.Id + 1);
            Then()
                .Do(ctx => log.Add(customer.Id + "/" + order.Id));
        }
    }

    private readonly ActionLog _log = new();

    private static long JoinEvaluations(ISession session) => ((EngineSession)session).Statistics.JoinEvaluations;

    /// <summary>The pairs that currently match, as "customerId/orderId", from the session's live activations.</summary>
    private static string[] LivePairs(ISession session) =>
        ((EngineSession)session).LiveActivations()
            .Select(a => a.Facts())
            .Select(f => ((Customer)f[0]).Id + "/" + ((Order)f[1]).Id)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] ExpectedOneToOnePairs() =>
        Enumerable.Range(1, N).Select(i => i + "/" + (10_000 + i)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Fire_ThousandCustomersThenThousandOrders_EqualityJoinTestsAboutOnePairPerFact()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));

        session.InsertAll(Enumerable.Range(1, N).Select(i => new Customer(i)));
        session.InsertAll(Enumerable.Range(1, N).Reverse().Select(i => new Order(10_000 + i, i)));
        var fired = session.Fire();

        // One evaluation per customer (joined with the empty match) and one per order (its one customer).
        Assert.InRange(JoinEvaluations(session), N, 2 * N);
        Assert.Equal(N, fired);
        Assert.Equal(ExpectedOneToOnePairs(), _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_ThousandOrdersThenThousandCustomers_EqualityJoinStillLinear()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));

        session.InsertAll(Enumerable.Range(1, N).Select(i => new Order(10_000 + i, i)));
        session.InsertAll(Enumerable.Range(1, N).Select(i => new Customer(i)));
        var fired = session.Fire();

        Assert.InRange(JoinEvaluations(session), N, 2 * N);
        Assert.Equal(N, fired);
        Assert.Equal(ExpectedOneToOnePairs(), _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_ThousandCustomersAndOrders_RangeJoinTestsEveryPair()
    {
        var session = Rules.Session(new RangeJoinRule(_log));

        session.InsertAll(Enumerable.Range(1, N).Select(i => new Customer(i)));
        session.InsertAll(Enumerable.Range(1, N).Select(i => new Order(10_000 + i, i)));
        var fired = session.Fire();

        // Same matches as the equality join, but no key to hash on: every (customer, order) pair is tested.
        Assert.True(JoinEvaluations(session) >= (long)N * N, $"expected at least {N * N} pair tests, was {JoinEvaluations(session)}");
        Assert.Equal(N, fired);
        Assert.Equal(ExpectedOneToOnePairs(), _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_OrderKeyChanges_MatchMovesToTheOtherCustomerThroughTheIndex()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));
        session.InsertAll(Enumerable.Range(1, N).Select(i => new Customer(i)));
        var order = new Order(7, 1);
        session.Insert(order);
        session.Fire();
        Assert.Equal(["1/7"], _log.Take());
        var before = JoinEvaluations(session);

        order.CustomerId = 500;
        session.Update(order);

        Assert.InRange(JoinEvaluations(session) - before, 1, 2);
        Assert.Equal(["500/7"], LivePairs(session));
        Assert.Equal(1, session.Fire());
        Assert.Equal(["500/7"], _log.Take());

        order.CustomerId = 1;
        session.Update(order);
        session.Fire();

        Assert.Equal(["1/7"], LivePairs(session));
        Assert.Equal(["1/7"], _log.Entries);
    }

    [Fact]
    public void Update_CustomerKeyChanges_MatchMovesToTheOrderWithTheNewKey()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));
        session.InsertAll(Enumerable.Range(1, N).Select(i => new Order(10_000 + i, i)));
        var customer = new Customer(1);
        session.Insert(customer);
        session.Fire();
        Assert.Equal(["1/10001"], _log.Take());
        var before = JoinEvaluations(session);

        customer.Id = 900;
        session.Update(customer);

        Assert.InRange(JoinEvaluations(session) - before, 1, 2);
        Assert.Equal(["900/10900"], LivePairs(session));
        session.Fire();
        Assert.Equal(["900/10900"], _log.Take());

        customer.Id = 1;
        session.Update(customer);
        session.Fire();

        Assert.Equal(["1/10001"], LivePairs(session));
        Assert.Equal(["1/10001"], _log.Entries);
    }

    [Fact]
    public void Update_KeyChangesToOneNobodyHas_MatchGoneAndBackWhenAPartnerArrives()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));
        var customer = new Customer(1);
        var order = new Order(7, 1);
        session.InsertAll([customer, order]);
        session.Fire();
        _log.Take();

        order.CustomerId = 2;
        session.Update(order);
        Assert.Empty(LivePairs(session));
        Assert.Equal(0, session.Fire());

        session.Insert(new Customer(2));
        Assert.Equal(["2/7"], LivePairs(session));
        session.Fire();
        Assert.Equal(["2/7"], _log.Entries);
    }

    [Fact]
    public void Update_BothSidesChangeToTheSameNewKey_TheyMatchAgainOnce()
    {
        var session = Rules.Session(new EqualityJoinRule(_log));
        var customer = new Customer(1);
        var order = new Order(7, 1);
        session.InsertAll([customer, order, new Customer(3), new Order(8, 3)]);
        session.Fire();
        _log.Take();

        customer.Id = 5;
        session.Update(customer);
        order.CustomerId = 5;
        session.Update(order);
        session.Fire();

        Assert.Equal(["3/8", "5/7"], LivePairs(session));
        Assert.Equal(["5/7"], _log.Entries);
    }
}
