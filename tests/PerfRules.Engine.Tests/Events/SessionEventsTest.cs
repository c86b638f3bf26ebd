using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Events;

/// <summary>Fact, activation and firing events, raised as <see cref="ISession"/> documents them.</summary>
public sealed class SessionEventsTest
{
    public sealed class Sensor(string name, int value)
    {
        public string Name { get; } = name;

        public int Value { get; set; } = value;

        public override string ToString() => Name;
    }

    public sealed record Alarm(string Sensor);

    public sealed record Reading(string Id, int Value) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    [Name("Alarm on hot sensor")]
    public sealed class HotSensorRule(List<string> trail) : Rule
    {
        public override void Define()
        {
            Sensor sensor = null!;
            When().Match(() => sensor, s => s.Value > 50);
            Then()
                .Do(ctx => trail.Add("action " + sensor.Name))
                .Do(ctx => ctx.Insert(new Alarm(sensor.Name)));
        }
    }

    [Name("High reading")]
    public sealed class HighReadingRule : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading, r => r.Value > 50);
            Then().Do(ctx => ctx.TryInsert(new Alarm(reading.Id)));
        }
    }

    private readonly List<string> _trail = [];

    private ISession NewSession()
    {
        var session = Rules.Session(new HotSensorRule(_trail));
        session.FactInserted += (_, e) => _trail.Add("inserted " + e.Fact);
        session.FactUpdated += (_, e) => _trail.Add("updated " + e.Fact);
        session.FactRetracted += (_, e) => _trail.Add("retracted " + e.Fact);
        session.ActivationCreated += (_, e) => _trail.Add("created " + e.Rule.Name + " " + string.Join(",", e.Facts));
        session.ActivationUpdated += (_, e) => _trail.Add("activation updated " + e.Rule.Name + " " + string.Join(",", e.Facts));
        session.ActivationDeleted += (_, e) => _trail.Add("deleted " + e.Rule.Name + " " + string.Join(",", e.Facts));
        session.RuleFiring += (_, e) => _trail.Add("firing " + e.Rule.Name + " " + string.Join(",", e.Facts));
        session.RuleFired += (_, e) => _trail.Add("fired " + e.Rule.Name + " " + string.Join(",", e.Facts));
        return session;
    }

    private IReadOnlyList<string> Take()
    {
        var taken = _trail.ToArray();
        _trail.Clear();
        return taken;
    }

    [Fact]
    public void Insert_MatchingFact_FactInsertedAndActivationCreated()
    {
        var session = NewSession();

        session.Insert(new Sensor("s1", 80));

        Assert.Equal(
            ["created Alarm on hot sensor s1", "inserted s1"],
            Take().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Insert_NonMatchingFact_OnlyFactInserted()
    {
        var session = NewSession();

        session.Insert(new Sensor("s1", 10));

        Assert.Equal(["inserted s1"], Take());
    }

    [Fact]
    public void Fire_Activation_RuleFiringThenActionsThenRuleFired()
    {
        var session = NewSession();
        session.Insert(new Sensor("s1", 80));
        Take();

        session.Fire();

        var trail = Take();
        Assert.Equal("firing Alarm on hot sensor s1", trail[0]);
        Assert.Equal("action s1", trail[1]);
        Assert.Contains("inserted Alarm { Sensor = s1 }", trail);
        Assert.Equal("fired Alarm on hot sensor s1", trail[^1]);
        Assert.Equal(4, trail.Count);
    }

    [Fact]
    public void Update_FactStillMatches_FactUpdatedAndActivationUpdated()
    {
        var session = NewSession();
        var sensor = new Sensor("s1", 80);
        session.Insert(sensor);
        session.Fire();
        Take();

        sensor.Value = 90;
        session.Update(sensor);

        Assert.Equal(
            ["activation updated Alarm on hot sensor s1", "updated s1"],
            Take().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_FactNoLongerMatches_ActivationDeleted()
    {
        var session = NewSession();
        var sensor = new Sensor("s1", 80);
        session.Insert(sensor);
        Take();

        sensor.Value = 10;
        session.Update(sensor);

        Assert.Equal(
            ["deleted Alarm on hot sensor s1", "updated s1"],
            Take().Order(StringComparer.Ordinal));
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_FactStartsToMatch_ActivationCreated()
    {
        var session = NewSession();
        var sensor = new Sensor("s1", 10);
        session.Insert(sensor);
        Take();

        sensor.Value = 60;
        session.Update(sensor);

        Assert.Equal(
            ["created Alarm on hot sensor s1", "updated s1"],
            Take().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Retract_FiredMatch_FactRetractedAndActivationDeleted()
    {
        var session = NewSession();
        var sensor = new Sensor("s1", 80);
        session.Insert(sensor);
        session.Fire();
        Take();

        session.Retract(sensor);

        Assert.Equal(
            ["deleted Alarm on hot sensor s1", "retracted s1"],
            Take().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_IdentifiableFactReplaced_FactUpdatedCarriesTheNewInstance()
    {
        var session = Rules.Session(new HighReadingRule());
        var updated = new List<object>();
        session.FactUpdated += (_, e) => updated.Add(e.Fact);
        session.Insert(new Reading("r", 1));
        var replacement = new Reading("r", 2);

        session.Update(replacement);

        Assert.Same(replacement, Assert.Single(updated));
    }

    [Fact]
    public void Fire_RuleInsertsFact_FactInsertedRaisedForIt()
    {
        var session = Rules.Session(new HighReadingRule());
        var inserted = new List<object>();
        session.FactInserted += (_, e) => inserted.Add(e.Fact);

        session.Insert(new Reading("r", 99));
        session.Fire();

        Assert.Equal([new Reading("r", 99), new Alarm("r")], inserted);
    }
}
