using System.Collections.Concurrent;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// Sessions from one factory share the network, never facts or agendas; nor memories, though each new session presizes
/// them to what the factory's last session held.
/// </summary>
public sealed class SessionIsolationTest
{
    public sealed record Note(string Text);

    [Name("Echo notes")]
    public sealed class EchoRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Note note = null!;
            When().Match(() => note);
            Then().Do(ctx => log.Add(note.Text));
        }
    }

    public sealed record Customer(int Session, int Id);

    public sealed record Order(int Session, int Id, int CustomerId);

    public sealed record Block(int Session, int CustomerId);

    /// <summary>An order of its customer, unless the customer is blocked: a hashed join, then a negation.</summary>
    [Name("Unblocked orders")]
    public sealed class UnblockedOrderRule(ConcurrentQueue<string> fired) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId == customer.Id)
                .Not<Block>(b => b.CustomerId == customer.Id);
            Then().Do(ctx => fired.Enqueue($"{order.Session}:{customer.Id}/{order.Id}"));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_TwoSessionsOneFactory_EachSeesOnlyItsOwnFacts()
    {
        var factory = Rules.Compile(new EchoRule(_log));
        var first = factory.CreateSession();
        var second = factory.CreateSession();

        first.Insert(new Note("one"));
        second.Insert(new Note("two"));
        second.Insert(new Note("three"));

        Assert.Equal(1, first.PendingActivationCount);
        Assert.Equal(2, second.PendingActivationCount);
        Assert.Equal(1, first.Fire());
        Assert.Equal(["one"], _log.Take());
        Assert.Equal([new Note("one")], first.Query<Note>());
        Assert.Equal(2, second.Fire());
        Assert.Equal(["two", "three"], _log.Entries);
    }

    [Fact]
    public void Fire_SameFactInTwoSessions_FiresInEach()
    {
        var factory = Rules.Compile(new EchoRule(_log));
        var shared = new Note("shared");
        var first = factory.CreateSession();
        var second = factory.CreateSession();

        first.Insert(shared);
        second.Insert(shared);
        first.Retract(shared);

        Assert.Equal(0, first.Fire());
        Assert.Equal(1, second.Fire());
        Assert.Equal(["shared"], _log.Entries);
    }

    [Fact]
    public void Fire_SmallSessionAfterABigOne_SeesOnlyItsOwnFactsInItsPresizedMemories()
    {
        var fired = new ConcurrentQueue<string>();
        var factory = Rules.Compile(new UnblockedOrderRule(fired));
        var big = factory.CreateSession();
        Fill(big, sessionNumber: 0, customers: 50);
        Assert.Equal(Expected(session: 0, customers: 50).Count, big.Fire());

        // The next session's memories are presized from the big one: they must still start empty.
        fired.Clear();
        var small = factory.CreateSession();
        Assert.Empty(small.Query<Order>());
        Assert.Equal(0, small.PendingActivationCount);
        Fill(small, sessionNumber: 1, customers: 3);

        Assert.Equal(Expected(session: 1, customers: 3).Count, small.Fire());
        Assert.Equal(Expected(session: 1, customers: 3), fired.Order());
        Assert.All(small.Query<Order>(), o => Assert.Equal(1, o.Session));
    }

    [Fact]
    public void Fire_ManyConcurrentSessionsOfOneFactory_EachFiresExactlyItsOwnMatches()
    {
        var fired = new ConcurrentQueue<string>();
        var factory = Rules.Compile(new UnblockedOrderRule(fired));
        var firings = new int[40];
        Parallel.For(0, firings.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var session = factory.CreateSession();
            Fill(session, i, customers: 5 + (i % 7 * 6));
            firings[i] = session.Fire();
            Assert.All(session.Query<Customer>(), c => Assert.Equal(i, c.Session));
        });

        for (var i = 0; i < firings.Length; i++)
        {
            Assert.Equal(Expected(i, customers: 5 + (i % 7 * 6)).Count, firings[i]);
        }

        var expected = Enumerable.Range(0, firings.Length).SelectMany(i => Expected(i, 5 + (i % 7 * 6)));
        Assert.Equal(expected.Order(), fired.Order());
    }

    /// <summary>Customers numbered by session (so no two sessions share an id), two orders each, every third blocked.</summary>
    private static void Fill(ISession session, int sessionNumber, int customers)
    {
        for (var c = 0; c < customers; c++)
        {
            var id = (sessionNumber * 1000) + c;
            session.Insert(new Customer(sessionNumber, id));
            session.Insert(new Order(sessionNumber, 2 * id, id));
            session.Insert(new Order(sessionNumber, (2 * id) + 1, id));
            if (c % 3 == 0)
            {
                session.Insert(new Block(sessionNumber, id));
            }
        }
    }

    private static List<string> Expected(int session, int customers) =>
        [.. Enumerable.Range(0, customers)
            .Where(c => c % 3 != 0)
            .Select(c => (session * 1000) + c)
            .SelectMany(id => new[] { $"{session}:{id}/{2 * id}", $"{session}:{id}/{(2 * id) + 1}" })
            .Order()];
}
