using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>Customer ← order ← order line: three patterns joined by equality (a hashed join in a Rete network).</summary>
public sealed class ThreePatternJoinTest
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

    public sealed class OrderLine(int orderId, string product)
    {
        public int OrderId { get; set; } = orderId;

        public string Product { get; } = product;

        public override string ToString() => $"Line({OrderId},{Product})";
    }

    [Name("Customer order line")]
    public sealed class CustomerOrderLineRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            OrderLine line = null!;

            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id)
                // Operands reversed on purpose: the join key may sit on either side of ==.
                .Match(() => line, l => order.Id == l.OrderId);
            Then()
                .Do(ctx => log.Add(customer.Id + "/" + order.Id + "/" + line.Product));
        }
    }

    [Fact]
    public void Fire_FactsInsertedInPatternOrder_FiresOncePerMatchInActivationOrder()
    {
        var log = new ActionLog();
        var session = Rules.Session(new CustomerOrderLineRule(log));
        var recorder = new FiringRecorder(session);
        Customer c1 = new(1), c2 = new(2);
        Order o10 = new(10, 1), o20 = new(20, 2), o30 = new(30, 3);
        OrderLine tea = new(10, "tea"), rice = new(20, "rice"), salt = new(10, "salt"), orphan = new(30, "orphan");

        session.InsertAll([c1, c2, o10, o20, o30, tea, rice, salt, orphan]);
        var fired = session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal(["1/10/tea", "2/20/rice", "1/10/salt"], log.Entries);
        Assert.Equal(3, recorder.Firings.Count);
        Assert.All(recorder.Firings, f => Assert.Equal("Customer order line", f.Rule));
        Assert.Equal([c1, o10, tea], recorder.Firings[0].Facts);
        Assert.Equal([c2, o20, rice], recorder.Firings[1].Facts);
        Assert.Equal([c1, o10, salt], recorder.Firings[2].Facts);
    }

    [Fact]
    public void Fire_FactsInsertedInReverseOrder_SameMatches()
    {
        var log = new ActionLog();
        var session = Rules.Session(new CustomerOrderLineRule(log));

        session.InsertAll([new OrderLine(10, "tea"), new OrderLine(20, "rice"), new OrderLine(10, "salt")]);
        session.InsertAll([new Order(10, 1), new Order(20, 2)]);
        session.InsertAll([new Customer(2), new Customer(1)]);
        session.Fire();

        Assert.Equal(["1/10/salt", "1/10/tea", "2/20/rice"], log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_MiddleFactRetractedBeforeFire_ItsMatchesDoNotFire()
    {
        var log = new ActionLog();
        var session = Rules.Session(new CustomerOrderLineRule(log));
        var o10 = new Order(10, 1);
        session.InsertAll([new Customer(1), o10, new Order(11, 1), new OrderLine(10, "tea"), new OrderLine(11, "rice")]);
        Assert.Equal(2, session.PendingActivationCount);

        session.Retract(o10);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["1/11/rice"], log.Entries);
    }

    [Fact]
    public void Fire_JoinKeyUpdated_OldMatchGoneNewMatchFires()
    {
        var log = new ActionLog();
        var session = Rules.Session(new CustomerOrderLineRule(log));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), new Customer(2), order, new OrderLine(10, "tea")]);
        session.Fire();
        Assert.Equal(["1/10/tea"], log.Take());

        order.CustomerId = 2;
        session.Update(order);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["2/10/tea"], log.Entries);
    }

    [Fact]
    public void Fire_UnrelatedFactUpdated_OtherMatchesDoNotRefire()
    {
        var log = new ActionLog();
        var session = Rules.Session(new CustomerOrderLineRule(log));
        var rice = new OrderLine(20, "rice");
        session.InsertAll([new Customer(1), new Customer(2), new Order(10, 1), new Order(20, 2), new OrderLine(10, "tea"), rice]);
        session.Fire();
        log.Take();

        session.Update(rice);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["2/20/rice"], log.Entries);
    }
}
