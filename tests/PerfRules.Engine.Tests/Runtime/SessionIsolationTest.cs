using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>Sessions from one factory share the network, never facts or agendas.</summary>
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
}
