using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Negation;

/// <summary>A customer and NOT an order of theirs: the match appears and disappears as orders come and go.</summary>
public sealed class CustomerWithoutOrdersNotTest
{
    [Name("Customer without orders")]
    public sealed class CustomerWithoutOrdersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;

            When()
                .Match(() => customer)
                .Not<Order>(o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => log.Add("customer " + customer.Id));
        }
    }

    private readonly ActionLog _log = new();

    private (ISession Session, FiringRecorder Recorder) NewSession()
    {
        var session = Rules.Session(new CustomerWithoutOrdersRule(_log));
        return (session, new FiringRecorder(session));
    }

    [Fact]
    public void Fire_CustomerWithoutOrders_FiresWithTheCustomerOnly()
    {
        var (session, recorder) = NewSession();
        var customer = new Customer(1);

        session.Insert(customer);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        var firing = Assert.Single(recorder.Firings);
        Assert.Equal("Customer without orders", firing.Rule);
        Assert.Equal([customer], firing.Facts);
    }

    [Fact]
    public void Fire_CustomerWithOrder_DoesNotFire()
    {
        var (session, recorder) = NewSession();

        session.InsertAll([new Customer(1), new Order(10, 1)]);
        var fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Empty(recorder.Firings);
    }

    [Fact]
    public void Fire_OnlyOtherCustomersOrders_FiresForTheCustomerWithout()
    {
        var (session, recorder) = NewSession();
        var lonely = new Customer(2);

        session.InsertAll([new Customer(1), lonely, new Order(10, 1)]);
        session.Fire();

        var firing = Assert.Single(recorder.Firings);
        Assert.Equal([lonely], firing.Facts);
    }

    [Fact]
    public void Fire_OrderInsertedBeforeFire_ActivationWithdrawn()
    {
        var (session, recorder) = NewSession();
        session.Insert(new Customer(1));
        Assert.Equal(1, session.PendingActivationCount);

        session.Insert(new Order(10, 1));

        Assert.Equal(0, session.PendingActivationCount);
        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Firings);
    }

    [Fact]
    public void Fire_OrderInsertedUpdatedAwayAndRetracted_NegationFlipsEachTime()
    {
        var (session, recorder) = NewSession();
        var customer = new Customer(1);
        var order = new Order(10, 1);

        session.Insert(customer);
        Assert.Equal(1, session.Fire());

        session.Insert(order);
        Assert.Equal(0, session.Fire());

        order.CustomerId = 99;
        session.Update(order);
        Assert.Equal(1, session.Fire());

        order.CustomerId = 1;
        session.Update(order);
        Assert.Equal(0, session.Fire());

        session.Retract(order);
        Assert.Equal(1, session.Fire());

        Assert.Equal(3, recorder.Firings.Count);
        Assert.All(recorder.Firings, f => Assert.Equal([customer], f.Facts));
        Assert.Equal(["customer 1", "customer 1", "customer 1"], _log.Entries);
    }

    [Fact]
    public void Fire_OneOfTwoOrdersRetracted_StillBlocked()
    {
        var (session, recorder) = NewSession();
        var first = new Order(10, 1);
        session.InsertAll([new Customer(1), first, new Order(11, 1)]);
        session.Fire();

        session.Retract(first);
        var fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Empty(recorder.Firings);
    }
}
