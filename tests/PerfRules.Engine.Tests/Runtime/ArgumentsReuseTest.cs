using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// A session reuses a firing's arguments array for the next firing of a rule whose actions read their variables only
/// in their own bodies. Each firing still sees its own facts: when a lambda in an action reads a variable (and so may
/// keep the array beyond the firing), and when an action fires the session again in the middle of its firing.
/// </summary>
public sealed class ArgumentsReuseTest
{
    public sealed record Item(int Id);

    public sealed record Trigger(int Id);

    /// <summary>Keeps a lambda that reads the firing's variable, to be called after every firing is done.</summary>
    [Name("Keep a reader")]
    public sealed class KeepReaderRule(List<Func<int>> readers) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => readers.Add(() => item.Id));
        }
    }

    [Name("Log item")]
    public sealed class LogItemRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => log.Add($"item {item.Id}"));
        }
    }

    /// <summary>Inserts an item and fires the session in its first action; its second action reads its own variable.</summary>
    [Name("Fire inside")]
    public sealed class FireInsideRule(ActionLog log, Func<ISession> session) : Rule
    {
        public override void Define()
        {
            Trigger trigger = null!;
            When().Match(() => trigger);
            Then()
                .Do(ctx => InsertAndFire(ctx, trigger.Id * 10))
                .Do(ctx => log.Add($"trigger {trigger.Id}"));
        }

        private void InsertAndFire(IContext ctx, int id)
        {
            ctx.Insert(new Item(id));
            session().Fire();
        }
    }

    [Fact]
    public void Fire_ActionKeepsALambdaReadingItsVariable_EachLambdaReadsItsOwnFiringsFact()
    {
        // Twenty firings: past the call on which the action is compiled (TieredLambda), so both forms are covered.
        var readers = new List<Func<int>>();
        var session = Rules.Session(new KeepReaderRule(readers));
        var ids = Enumerable.Range(1, 20).ToArray();
        session.InsertAll(ids.Select(id => new Item(id)));

        session.Fire();

        Assert.Equal(ids, readers.Select(read => read()));
    }

    [Fact]
    public void Fire_ActionFiresTheSessionAgain_ItsNextActionStillSeesItsOwnFacts()
    {
        var log = new ActionLog();
        ISession session = null!;
        session = Rules.Session(new FireInsideRule(log, () => session), new LogItemRule(log));
        // A first firing leaves an idle array, which the first trigger then takes.
        session.Insert(new Item(1));
        session.Fire();
        session.InsertAll([new Trigger(1), new Trigger(2)]);

        session.Fire();

        // The first trigger's inner firing fires the second trigger and the items, with arrays of the same length,
        // while the first trigger's array is still in use: each trigger still logs its own fact.
        Assert.Equal(["item 1", "item 10", "item 20", "trigger 2", "trigger 1"], log.Entries);
    }

    [Fact]
    public void Fire_ManyFiringsOfOneRule_EachSeesItsOwnFact()
    {
        var log = new ActionLog();
        var session = Rules.Session(new LogItemRule(log));
        session.InsertAll(Enumerable.Range(1, 20).Select(id => new Item(id)));

        session.Fire();

        Assert.Equal(Enumerable.Range(1, 20).Select(id => $"item {id}"), log.Entries);
    }
}
