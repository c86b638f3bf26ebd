using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Negation;

/// <summary>A customer and EXISTS an order of theirs: one match per customer however many orders, gone with the last order.</summary>
public sealed class CustomerWithOrdersExistsTest
{
    [Name("Customer with orders")]
    public sealed class CustomerWithOrdersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;

            When()
                .Match(() => customer)
                .Exists<Order>(o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => log.Add("customer " + customer.Id));
        }
    }

    private readonly ActionLog _log = new();

    private (ISession Session, FiringRecorder Recorder) NewSession()
    {
        var session = Rules.Session(new CustomerWithOrdersRule(_log));
        return (session, new FiringRecorder(session));
    }

    [Fact]
    public void Fire_NoOrders_DoesNotFire()
    {
        var (session, recorder) = NewSession();

        session.Insert(new Customer(1));

        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Firings);
    }

    [Fact]
    public void Fire_TwoOrders_FiresOnceWithTheCustomerOnly()
    {
        var (session, recorder) = NewSession();
        var customer = new Customer(1);

        session.InsertAll([customer, new Order(10, 1), new Order(11, 1), new Order(20, 2)]);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        var firing = Assert.Single(recorder.Firings);
        Assert.Equal("Customer with orders", firing.Rule);
        Assert.Equal([customer], firing.Facts);
    }

    [Fact]
    public void Fire_MoreOrdersAfterFiring_DoesNotFireAgain()
    {
        var (session, recorder) = NewSession();
        session.InsertAll([new Customer(1), new Order(10, 1)]);
        session.Fire();

        session.Insert(new Order(11, 1));

        Assert.Equal(0, session.Fire());
        Assert.Single(recorder.Firings);
    }

    [Fact]
    public void Fire_OrdersComeAndGo_ExistenceFlipsEachTime()
    {
        var (session, recorder) = NewSession();
        var customer = new Customer(1);
        var first = new Order(10, 1);
        var second = new Order(11, 1);
        session.InsertAll([customer, first, second]);
        Assert.Equal(1, session.Fire());

        session.Retract(first);
        Assert.Equal(0, session.Fire());

        second.CustomerId = 2;
        session.Update(second);
        Assert.Equal(0, session.PendingActivationCount);
        Assert.Equal(0, session.Fire());

        second.CustomerId = 1;
        session.Update(second);
        Assert.Equal(1, session.Fire());

        session.Retract(second);
        session.Insert(first);
        Assert.Equal(1, session.Fire());

        Assert.Equal(3, recorder.Firings.Count);
        Assert.All(recorder.Firings, f => Assert.Equal([customer], f.Facts));
        Assert.Equal(["customer 1", "customer 1", "customer 1"], _log.Entries);
    }

    [Fact]
    public void Fire_OrderInsertedThenRetractedBeforeFire_DoesNotFire()
    {
        var (session, recorder) = NewSession();
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), order]);

        session.Retract(order);

        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Firings);
    }
}
