using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Concurrency;

/// <summary>One compiled factory shared by eight threads, each with its own session and facts.</summary>
public sealed class SharedSessionFactoryTest
{
    public sealed class Customer(int id)
    {
        public int Id { get; } = id;
    }

    public sealed class Order(int id, int customerId, decimal amount)
    {
        public int Id { get; } = id;

        public int CustomerId { get; } = customerId;

        public decimal Amount { get; } = amount;
    }

    public sealed record Total(int CustomerId, decimal Amount);

    public sealed record Flag(int CustomerId);

    public static decimal Sum(IReadOnlyList<Order> orders) => orders.Sum(o => o.Amount);

    [Name("Total per customer")]
    public sealed class TotalRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IReadOnlyList<Order> orders = null!;
            When()
                .Match(() => customer)
                .Collect(() => orders, o => o.CustomerId == customer.Id);
            Then().Yield(ctx => new Total(customer.Id, Sum(orders)));
        }
    }

    [Name("Flag big totals")]
    public sealed class FlagRule : Rule
    {
        public override void Define()
        {
            Total total = null!;
            When().Match(() => total, t => t.Amount > 100m);
            Then().Do(ctx => ctx.Insert(new Flag(total.CustomerId)));
        }
    }

    private const int Threads = 8;
    private const int CustomersPerThread = 20;

    [Fact]
    public void Fire_EightThreadsOneFactory_EachSessionGetsItsOwnCorrectResults()
    {
        var factory = Rules.Compile(new TotalRule(), new FlagRule());
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(Threads);

        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                RunOneSession(factory, t, failures);
            }
            catch (Exception ex)
            {
                failures.Add($"thread {t}: {ex}");
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }

    private static void RunOneSession(ISessionFactory factory, int thread, System.Collections.Concurrent.ConcurrentBag<string> failures)
    {
        var session = factory.CreateSession();
        var expectedTotals = new List<Total>();
        var expectedFlags = new List<Flag>();
        for (var i = 0; i < CustomersPerThread; i++)
        {
            var customerId = (thread * 1000) + i;
            session.Insert(new Customer(customerId));
            decimal total = 0m;
            for (var k = 0; k <= i % 4; k++)
            {
                var amount = (thread + 1) * (k + i);
                session.Insert(new Order((customerId * 10) + k, customerId, amount));
                total += amount;
            }

            expectedTotals.Add(new Total(customerId, total));
            if (total > 100m)
            {
                expectedFlags.Add(new Flag(customerId));
            }
        }

        var fired = session.Fire();

        var totals = session.Query<Total>().OrderBy(t => t.CustomerId).ToArray();
        var flags = session.Query<Flag>().OrderBy(f => f.CustomerId).ToArray();
        if (!totals.SequenceEqual(expectedTotals))
        {
            failures.Add($"thread {thread}: totals {string.Join(";", totals)}");
        }

        if (!flags.SequenceEqual(expectedFlags))
        {
            failures.Add($"thread {thread}: flags {string.Join(";", flags)}");
        }

        if (fired != expectedTotals.Count + expectedFlags.Count)
        {
            failures.Add($"thread {thread}: fired {fired}");
        }
    }
}
