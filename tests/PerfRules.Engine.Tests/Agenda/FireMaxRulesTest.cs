using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Agenda;

/// <summary>Fire(max) fires at most max rules and leaves the rest on the agenda, in order.</summary>
public sealed class FireMaxRulesTest
{
    public sealed class Ticket(int id)
    {
        public int Id { get; } = id;
    }

    [Name("Ticket")]
    public sealed class TicketRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Ticket ticket = null!;
            When().Match(() => ticket);
            Then().Do(ctx => log.Add("ticket " + ticket.Id));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_MaxTwoOfFive_FiresTwoAndLeavesThreePending()
    {
        var session = Rules.Session(new TicketRule(_log));
        session.InsertAll(Enumerable.Range(1, 5).Select(i => (object)new Ticket(i)));
        Assert.Equal(5, session.PendingActivationCount);

        var fired = session.Fire(2);

        Assert.Equal(2, fired);
        Assert.Equal(3, session.PendingActivationCount);
        Assert.Equal(["ticket 1", "ticket 2"], _log.Take());

        Assert.Equal(3, session.Fire());
        Assert.Equal(0, session.PendingActivationCount);
        Assert.Equal(["ticket 3", "ticket 4", "ticket 5"], _log.Entries);
    }

    [Fact]
    public void Fire_MaxAboveAgendaSize_FiresAllThereIs()
    {
        var session = Rules.Session(new TicketRule(_log));
        session.InsertAll([new Ticket(1), new Ticket(2)]);

        Assert.Equal(2, session.Fire(10));
        Assert.Equal(0, session.PendingActivationCount);
    }
}
