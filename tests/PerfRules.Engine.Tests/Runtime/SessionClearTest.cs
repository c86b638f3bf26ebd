using System.Runtime.CompilerServices;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// <see cref="ISession.Clear"/>: a cleared session behaves exactly as a new one of its factory, whatever the case before
/// it held (retractions, updates, linked facts, many more facts), and nothing of that case matches afterwards.
/// </summary>
public sealed class SessionClearTest
{
    public sealed record Customer(int Id, string Region) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed record Order(int Id, int CustomerId, int Amount) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed record Block(int CustomerId) : IIdentifiableFact
    {
        public object FactIdentity => CustomerId;
    }

    public sealed record Spend(int CustomerId, int Total);

    public sealed record BigSpender(int CustomerId);

    public static string Ids(IEnumerable<Order> orders) => string.Join(",", orders.Select(o => o.Id));

    /// <summary>An order of its customer: a hashed join, and a linked fact per match.</summary>
    [Name("Order of customer")]
    [Priority(2)]
    public sealed class OrderOfCustomerRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => log.Add($"order {customer.Id}/{order.Id}"));
        }
    }

    /// <summary>Every pair of blocks and customers: a join without a key.</summary>
    [Name("Block and customer")]
    public sealed class CrossRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Block block = null!;
            Customer customer = null!;
            When()
                .Match(() => block)
                .Match(() => customer, c => c.Id != block.CustomerId);
            Then().Do(ctx => log.Add($"cross {block.CustomerId}/{customer.Id}"));
        }
    }

    /// <summary>A customer's orders collected, yielding the total: a collect and a linked fact.</summary>
    [Name("Spend of customer")]
    public sealed class SpendRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IReadOnlyList<Order> orders = null!;
            When()
                .Match(() => customer)
                .Not<Block>(b => b.CustomerId == customer.Id)
                .Collect(() => orders, o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => log.Add($"spend {customer.Id}:[{Ids(orders)}]"))
                .Yield(ctx => new Spend(customer.Id, orders.Sum(o => o.Amount)));
        }
    }

    /// <summary>Chains on the linked fact of <see cref="SpendRule"/>: truth maintenance retracts both with their match.</summary>
    [Name("Big spender")]
    [Priority(-1)]
    public sealed class BigSpenderRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Spend spend = null!;
            When().Match(() => spend, s => s.Total >= 100);
            Then()
                .Do(ctx => log.Add($"big {spend.CustomerId}"))
                .Yield(ctx => new BigSpender(spend.CustomerId));
        }
    }

    [Name("Customers by region")]
    public sealed class RegionRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Customer> region = null!;
            When()
                .GroupBy(() => region, (Customer c) => c.Region)
                .Where(g => g.Count() >= 1);
            Then().Do(ctx => log.Add($"region {region.Key}:[{string.Join(",", region.Select(c => c.Id))}]"));
        }
    }

    [Name("Blocked customer")]
    public sealed class BlockedRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Exists<Block>(b => b.CustomerId == customer.Id);
            Then().Do(ctx => log.Add($"blocked {customer.Id}"));
        }
    }

    /// <summary>Needs no fact: its match hangs off the root and exists in a new (or cleared) session.</summary>
    [Name("No blocks")]
    public sealed class NoBlocksRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            When().Not<Block>();
            Then().Do(ctx => log.Add("no blocks"));
        }
    }

    private readonly ActionLog _log = new();

    private ISessionFactory Factory() => Rules.Compile(
        new OrderOfCustomerRule(_log),
        new CrossRule(_log),
        new SpendRule(_log),
        new BigSpenderRule(_log),
        new RegionRule(_log),
        new BlockedRule(_log),
        new NoBlocksRule(_log));

    /// <summary>A small case: three customers, some orders, one block.</summary>
    private static object[] SmallCase() =>
    [
        new Customer(1, "North"),
        new Order(10, 1, 60),
        new Customer(2, "South"),
        new Order(11, 1, 50),
        new Order(12, 2, 20),
        new Block(2),
        new Customer(3, "North"),
        new Order(13, 3, 150),
    ];

    /// <summary>A case many times bigger, with the same identities as <see cref="SmallCase"/> among its facts.</summary>
    private static object[] BigCase()
    {
        var facts = new List<object>();
        for (var c = 1; c <= 40; c++)
        {
            facts.Add(new Customer(c, c % 3 == 0 ? "East" : "West"));
            for (var o = 0; o < 12; o++)
            {
                facts.Add(new Order((c * 100) + o, c, 10 + o));
            }
        }

        for (var c = 1; c <= 40; c += 7)
        {
            facts.Add(new Block(c));
        }

        return [.. facts];
    }

    /// <summary>Runs a case and returns what it did: every action in firing order, then working memory in order.</summary>
    private IReadOnlyList<string> Run(ISession session, object[] facts)
    {
        _log.Take();
        session.InsertAll(facts);
        session.Fire();
        return [.. _log.Take(), "--", .. session.Query<object>().Select(f => f.ToString()!)];
    }

    /// <summary>Runs a case that goes through updates, retractions and truth maintenance, leaving every kind of memory used.</summary>
    private static void Churn(ISession session)
    {
        foreach (var fact in BigCase())
        {
            session.Insert(fact);
        }

        session.Fire();
        session.Update(new Order(101, 2, 500));
        session.Update(new Customer(3, "West"));
        session.Retract(new Block(1));
        session.Retract(new Customer(8, "?"));
        session.Fire(5);
        session.Insert(new Block(2));
        session.Retract(new Order(1305, 0, 0));
        session.Fire();
    }

    [Fact]
    public void Clear_AfterACaseWithUpdatesRetractionsAndLinkedFacts_NextCaseRunsAsInANewSession()
    {
        var factory = Factory();
        var expected = Run(factory.CreateSession(), SmallCase());
        var session = factory.CreateSession();
        Churn(session);

        session.Clear();
        var actual = Run(session, SmallCase());

        Assert.Equal(expected, actual);
        Assert.Contains("big 3", actual);
        Assert.Contains("blocked 2", actual);
    }

    [Fact]
    public void Clear_AfterAManyTimesBiggerCase_NextCaseRunsAsInANewSession()
    {
        var factory = Factory();
        var expected = Run(factory.CreateSession(), SmallCase());
        var session = factory.CreateSession();
        Run(session, BigCase());

        session.Clear();

        Assert.Equal(expected, Run(session, SmallCase()));
    }

    [Fact]
    public void Clear_ThenTheBigCase_RunsAsInANewSession()
    {
        var factory = Factory();
        var expected = Run(factory.CreateSession(), BigCase());
        var session = factory.CreateSession();
        Churn(session);
        session.Clear();
        Run(session, SmallCase());

        session.Clear();

        Assert.Equal(expected, Run(session, BigCase()));
    }

    [Fact]
    public void Clear_EmptiesWorkingMemoryAndAgenda_NoFactOfThePreviousCaseMatches()
    {
        var factory = Factory();
        var session = factory.CreateSession();
        session.InsertAll(SmallCase());
        session.Fire();
        session.Insert(new Order(14, 1, 5));

        session.Clear();

        Assert.Empty(session.Query<object>());
        Assert.Equal(factory.CreateSession().PendingActivationCount, session.PendingActivationCount);

        // Orders without their customers, and a block whose customer is gone: had any memory kept a customer, an
        // order or a block of the last case, these would join, collect or flip it.
        object[] facts = [new Order(10, 1, 60), new Order(15, 3, 70), new Block(3)];
        var actual = Run(session, facts);
        Assert.Equal(["--", .. facts.Select(f => f.ToString()!)], actual);
    }

    [Fact]
    public void Clear_FactsOfThePreviousCase_CanBeInsertedAgainAndRetractedOnlyOnce()
    {
        var session = Factory().CreateSession();
        var customer = new Customer(1, "North");
        session.Insert(customer);

        session.Clear();

        Assert.False(session.TryRetract(customer));
        Assert.False(session.TryUpdate(customer));
        Assert.True(session.TryInsert(customer));
        Assert.Equal([customer], session.Query<Customer>());
    }

    [Fact]
    public void Clear_DoesNotRaiseRetractionEvents()
    {
        var session = Factory().CreateSession();
        session.InsertAll(SmallCase());
        session.Fire();
        var raised = new List<string>();
        session.FactRetracted += (_, e) => raised.Add("retracted " + e.Fact);
        session.ActivationDeleted += (_, e) => raised.Add("deleted " + e.Rule.Name);

        session.Clear();

        Assert.Empty(raised);
    }

    [Fact]
    public void Clear_FromAnAction_Throws()
    {
        ISession session = null!;
        session = Rules.Session(new ClearingRule(() => session.Clear()));
        session.Insert(new Customer(1, "North"));

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal([new Customer(1, "North")], session.Query<Customer>());
    }

    [Fact]
    public void Clear_AfterAFiringThatThrew_NextCaseRunsAsInANewSession()
    {
        var factory = Factory();
        var expected = Run(factory.CreateSession(), SmallCase());
        var session = factory.CreateSession();
        session.InsertAll(BigCase());
        session.Fire(3);
        var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => session.Fire(cancelled.Token));

        session.Clear();

        Assert.Equal(expected, Run(session, SmallCase()));
    }

    [Fact]
    public void Clear_AgainAndAgainOverCasesOfEveryShape_EachCaseRunsAsInANewSession()
    {
        // A cleared session reuses the handles, tokens, activations and aggregate results of its last case for its next
        // one: cases of another shape each time make the reused objects stand for other matches, other parents and
        // other facts than before.
        var factory = Factory();
        var small = Run(factory.CreateSession(), SmallCase());
        var big = Run(factory.CreateSession(), BigCase());
        var session = factory.CreateSession();

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(big, Run(session, BigCase()));
            session.Clear();
            Assert.Equal(small, Run(session, SmallCase()));
            session.Clear();
            Churn(session);
            session.Clear();
            Assert.Equal(small, Run(session, SmallCase()));
            session.Clear();
        }
    }

    [Fact]
    public void Clear_KeepsNoFactOfTheCaseAlive()
    {
        var session = Factory().CreateSession();
        var facts = RunCaseLeavingOnlyWeakReferences(session);

        session.Clear();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(facts, fact => Assert.False(fact.IsAlive));
    }

    // The facts are made here, so that no local of the test still holds one when it collects.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference[] RunCaseLeavingOnlyWeakReferences(ISession session)
    {
        var facts = SmallCase();
        Run(session, facts);
        return [.. facts.Select(f => new WeakReference(f))];
    }

    [Fact]
    public void Clear_AfterAConditionThrewInTheMiddleOfAPropagation_NextCaseRunsAsInANewSession()
    {
        // The join's condition throws after the join has made, registered and passed on some children: whatever the
        // memories held when the error left them is what the cleared session then reuses.
        var factory = Rules.Compile(
            new OrderOfCustomerRule(_log), new SpendRule(_log), new BigSpenderRule(_log), new RegionRule(_log), new BlockedRule(_log),
            new PoisonRule());
        var expected = Run(factory.CreateSession(), SmallCase());
        var session = factory.CreateSession();
        session.InsertAll(BigCase());
        session.Fire(7);
        Assert.Throws<RuleConditionException>(() => session.Insert(new Poison(20, 0)));

        session.Clear();

        Assert.Equal(expected, Run(session, SmallCase()));
    }

    public sealed record Poison(int CustomerId, int Divisor);

    /// <summary>
    /// A join whose condition divides by zero for every third customer: a poison joins the customers before the first
    /// such one, and their matches reach the agenda, before the condition throws.
    /// </summary>
    [Name("Poisoned customer")]
    public sealed class PoisonRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Poison poison = null!;
            When()
                .Match(() => customer)
                .Match(() => poison, p => 10 / (p.Divisor - (customer.Id % 3)) > -100);
            Then().Do(ctx => ctx.Retract(poison));
        }
    }

    [Name("Clears its session")]
    public sealed class ClearingRule(Action clear) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => clear());
        }
    }
}
