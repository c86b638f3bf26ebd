using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Sharing;

/// <summary>
/// Rules that start with the same patterns share the join nodes for them: the shared joins run once, and each rule
/// still fires for its own matches, independently of the others.
/// </summary>
public sealed class BetaNodeSharingTest
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

    public sealed class Payment(int orderId)
    {
        public int OrderId { get; set; } = orderId;

        public override string ToString() => $"Payment({OrderId})";
    }

    [Name("Paid order")]
    public sealed class PaidOrderRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            Payment payment = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id)
                .Match(() => payment, p => p.OrderId == order.Id);
            Then().Do(ctx => log.Add("paid " + order.Id));
        }
    }

    [Name("Unpaid order")]
    public sealed class UnpaidOrderRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id)
                .Not<Payment>(p => p.OrderId == order.Id);
            Then().Do(ctx => log.Add("unpaid " + order.Id));
        }
    }

    [Name("Customer order")]
    public sealed class CustomerOrderRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => log.Add("order " + order.Id));
        }
    }

    [Name("Customer order, again")]
    public sealed class CustomerOrderAgainRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer someone = null!;
            Order theirOrder = null!;
            When()
                .Match(() => someone)
                .Match(() => theirOrder, o => o.CustomerId == someone.Id);
            Then().Do(ctx => log.Add("again " + theirOrder.Id));
        }
    }

    private readonly ActionLog _log = new();

    private static long JoinEvaluations(ISession session) => ((EngineSession)session).Statistics.JoinEvaluations;

    [Fact]
    public void Insert_FourRulesSameFirstTwoPatterns_SharedJoinsRunOnce()
    {
        var shared = Rules.Session(new PaidOrderRule(_log), new UnpaidOrderRule(_log), new CustomerOrderRule(_log), new CustomerOrderAgainRule(_log));
        var alone = Rules.Session(new CustomerOrderRule(new ActionLog()));

        foreach (var session in new[] { shared, alone })
        {
            session.InsertAll([new Customer(1), new Customer(2), new Order(10, 1), new Order(20, 2), new Order(30, 2)]);
        }

        // Differently named variables do not stop sharing: the joins are the same.
        Assert.Equal(JoinEvaluations(alone), JoinEvaluations(shared));
        Assert.Equal(5, JoinEvaluations(shared));
    }

    [Fact]
    public void Fire_SharedPrefix_EachRuleFiresForItsOwnMatches()
    {
        var session = Rules.Session(new PaidOrderRule(_log), new UnpaidOrderRule(_log), new CustomerOrderRule(_log), new CustomerOrderAgainRule(_log));

        session.InsertAll([new Customer(1), new Customer(2), new Order(10, 1), new Order(20, 2), new Payment(20)]);
        session.Fire();

        Assert.Equal(
            ["again 10", "again 20", "order 10", "order 20", "paid 20", "unpaid 10"],
            _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_PaymentMovesToAnotherOrder_OnlyTheRulesAfterTheSharedPrefixChange()
    {
        var session = Rules.Session(new PaidOrderRule(_log), new UnpaidOrderRule(_log), new CustomerOrderRule(_log), new CustomerOrderAgainRule(_log));
        var payment = new Payment(20);
        session.InsertAll([new Customer(1), new Customer(2), new Order(10, 1), new Order(20, 2), payment]);
        session.Fire();
        _log.Take();

        payment.OrderId = 10;
        session.Update(payment);
        session.Fire();

        Assert.Equal(["paid 10", "unpaid 20"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_OrderRetracted_EveryRuleSharingItLosesTheMatch()
    {
        var session = Rules.Session(new PaidOrderRule(_log), new UnpaidOrderRule(_log), new CustomerOrderRule(_log), new CustomerOrderAgainRule(_log));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), order, new Order(11, 1)]);
        Assert.Equal(6, session.PendingActivationCount);

        session.Retract(order);
        session.Fire();

        Assert.Equal(["again 11", "order 11", "unpaid 11"], _log.Entries.Order(StringComparer.Ordinal));
        Assert.All(((EngineSession)session).LiveActivations(), a => Assert.DoesNotContain(order, a.Facts()));
    }
}
