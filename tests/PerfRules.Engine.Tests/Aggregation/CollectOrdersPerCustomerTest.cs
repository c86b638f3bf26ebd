using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>A customer and the collected list of their orders, kept right as orders are inserted, updated and retracted.</summary>
public sealed class CollectOrdersPerCustomerTest
{
    public sealed class Customer(int id)
    {
        public int Id { get; } = id;

        public override string ToString() => $"Customer#{Id}";
    }

    public sealed class Order(int id, int customerId)
    {
        public int Id { get; } = id;

        public int CustomerId { get; set; } = customerId;

        public override string ToString() => $"Order#{Id}";
    }

    public static string Describe(Customer customer, IReadOnlyList<Order> orders) =>
        customer.Id + ":[" + string.Join(",", orders.Select(o => o.Id)) + "]";

    [Name("Orders per customer")]
    public sealed class OrdersPerCustomerRule(ActionLog log, List<IReadOnlyList<Order>> received) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IReadOnlyList<Order> orders = null!;

            When()
                .Match(() => customer)
                .Collect(() => orders, o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => log.Add(Describe(customer, orders)))
                .Do(ctx => received.Add(orders));
        }
    }

    [Name("Customer with at least one order")]
    public sealed class NonEmptyOrdersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IReadOnlyList<Order> orders = null!;

            When()
                .Match(() => customer)
                .Collect(() => orders, o => o.CustomerId == customer.Id)
                .Where(list => list.Count > 0);
            Then()
                .Do(ctx => log.Add("non-empty " + Describe(customer, orders)));
        }
    }

    [Name("All orders")]
    public sealed class AllOrdersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Order> orders = null!;

            When()
                .Collect(() => orders);
            Then()
                .Do(ctx => log.Add("all " + orders.Count));
        }
    }

    private readonly ActionLog _log = new();
    private readonly List<IReadOnlyList<Order>> _received = [];

    private ISession NewSession() =>
        Rules.Session(new OrdersPerCustomerRule(_log, _received), new NonEmptyOrdersRule(_log));

    [Fact]
    public void Fire_CustomerWithoutOrders_CollectMatchesWithEmptyListButWhereCountRejectsIt()
    {
        var session = NewSession();
        var recorder = new FiringRecorder(session);
        var customer = new Customer(1);

        session.Insert(customer);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["1:[]"], _log.Entries);
        var firing = Assert.Single(recorder.Firings);
        Assert.Equal("Orders per customer", firing.Rule);
        Assert.Equal(2, firing.Facts.Count);
        Assert.Same(customer, firing.Facts[0]);
        Assert.Empty(Assert.IsAssignableFrom<IEnumerable<Order>>(firing.Facts[1]));
    }

    [Fact]
    public void Fire_CollectIsOnlyPatternAndMemoryEmpty_MatchesWithEmptyList()
    {
        var session = Rules.Session(new AllOrdersRule(_log));

        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["all 0"], _log.Entries);
    }

    [Fact]
    public void Fire_OrdersInserted_ListHoldsThemInInsertionOrder()
    {
        var session = NewSession();

        session.InsertAll([new Customer(1), new Customer(2), new Order(12, 1), new Order(11, 1), new Order(20, 2)]);
        session.Fire();

        Assert.Equal(
            ["1:[12,11]", "2:[20]", "non-empty 1:[12,11]", "non-empty 2:[20]"],
            _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_OrderAddedAfterFiring_BothRulesRefireWithTheGrownList()
    {
        var session = NewSession();
        session.InsertAll([new Customer(1), new Order(10, 1)]);
        session.Fire();
        _log.Take();

        session.Insert(new Order(11, 1));
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["1:[10,11]", "non-empty 1:[10,11]"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_SeveralChangesBeforeFire_FiresOnceWithTheFinalList()
    {
        var session = Rules.Session(new OrdersPerCustomerRule(_log, _received));
        var customer = new Customer(1);
        var gone = new Order(10, 1);

        session.Insert(customer);
        session.Insert(gone);
        session.Insert(new Order(11, 1));
        session.Retract(gone);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["1:[11]"], _log.Entries);
    }

    [Fact]
    public void Fire_OrderMovedToAnotherCustomer_BothListsRefire()
    {
        var session = Rules.Session(new OrdersPerCustomerRule(_log, _received));
        var moving = new Order(10, 1);
        session.InsertAll([new Customer(1), new Customer(2), moving, new Order(11, 1)]);
        session.Fire();
        Assert.Equal(["1:[10,11]", "2:[]"], _log.Take().Order(StringComparer.Ordinal));

        moving.CustomerId = 2;
        session.Update(moving);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["1:[11]", "2:[10]"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_LastOrderRetracted_CollectRefiresEmptyAndNonEmptyRuleDoesNot()
    {
        var session = NewSession();
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), order]);
        session.Fire();
        _log.Take();

        session.Retract(order);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["1:[]"], _log.Entries);
    }

    [Fact]
    public void Fire_OrderUpdatedSoItNoLongerMatches_ListShrinks()
    {
        var session = Rules.Session(new OrdersPerCustomerRule(_log, _received));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), order, new Order(11, 1)]);
        session.Fire();
        _log.Take();

        order.CustomerId = 42;
        session.Update(order);
        session.Fire();

        Assert.Equal(["1:[11]"], _log.Entries);
    }

    [Fact]
    public void Fire_ListChangesAfterAnActionReceivedIt_ReceivedListIsASnapshot()
    {
        var session = Rules.Session(new OrdersPerCustomerRule(_log, _received));
        var first = new Order(10, 1);
        session.InsertAll([new Customer(1), first]);
        session.Fire();

        session.Insert(new Order(11, 1));
        session.Retract(first);
        session.Fire();

        Assert.Equal(2, _received.Count);
        Assert.Equal([10], _received[0].Select(o => o.Id));
        Assert.Equal([11], _received[1].Select(o => o.Id));
    }
}
