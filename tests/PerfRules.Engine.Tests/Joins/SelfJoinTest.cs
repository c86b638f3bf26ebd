using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// Two patterns on the same type (a self-join): every fact is both a left and a right partner, and inserts, updates
/// and retracts keep exactly the pairs the condition describes, each once. A fact may pair with itself when the
/// condition allows it.
/// </summary>
public sealed class SelfJoinTest
{
    public sealed class Reading(string name, int value, string group)
    {
        public string Name { get; } = name;

        public int Value { get; set; } = value;

        public string Group { get; set; } = group;

        public override string ToString() => Name;
    }

    [Name("Rising pair")]
    public sealed class RisingPairRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Reading a = null!;
            Reading b = null!;
            When()
                .Match(() => a)
                .Match(() => b, b => b.Value > a.Value);
            Then()
                .Do(ctx => log.Add(a.Name + "<" + b.Name));
        }
    }

    [Name("Same group pair")]
    public sealed class SameGroupPairRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Reading a = null!;
            Reading b = null!;
            When()
                .Match(() => a)
                .Match(() => b, b => b.Group == a.Group);
            Then()
                .Do(ctx => log.Add(a.Name + "~" + b.Name));
        }
    }

    private readonly ActionLog _log = new();
    private readonly List<Reading> _readings = [];

    private static string[] LivePairs(ISession session, string rule, string separator) =>
        ((EngineSession)session).LiveActivations()
            .Where(a => a.Rule.Name == rule)
            .Select(a => a.Facts()[0] + separator + a.Facts()[1])
            .Order(StringComparer.Ordinal)
            .ToArray();

    private string[] ExpectedRising() =>
        (from a in _readings from b in _readings where b.Value > a.Value select a.Name + "<" + b.Name).Order(StringComparer.Ordinal).ToArray();

    private string[] ExpectedSameGroup() =>
        (from a in _readings from b in _readings where b.Group == a.Group select a.Name + "~" + b.Name).Order(StringComparer.Ordinal).ToArray();

    private void AssertPairs(ISession session)
    {
        Assert.Equal(ExpectedRising(), LivePairs(session, "Rising pair", "<"));
        Assert.Equal(ExpectedSameGroup(), LivePairs(session, "Same group pair", "~"));
    }

    private ISession NewSession() => Rules.Session(new RisingPairRule(_log), new SameGroupPairRule(_log));

    private Reading Add(ISession session, string name, int value, string group)
    {
        var reading = new Reading(name, value, group);
        _readings.Add(reading);
        session.Insert(reading);
        return reading;
    }

    [Fact]
    public void Fire_ThreeReadings_EachPairFiresOnceAndSelfPairsOnlyWhereTheConditionAllows()
    {
        var session = NewSession();
        Add(session, "r1", 1, "x");
        Add(session, "r2", 2, "x");
        Add(session, "r3", 3, "y");

        var fired = session.Fire();

        // Strictly rising: no reading pairs with itself. Same group: every reading pairs with itself.
        Assert.Equal(["r1<r2", "r1<r3", "r2<r3"], LivePairs(session, "Rising pair", "<"));
        Assert.Equal(["r1~r1", "r1~r2", "r2~r1", "r2~r2", "r3~r3"], LivePairs(session, "Same group pair", "~"));
        Assert.Equal(8, fired);
        Assert.Equal(_log.Entries.Distinct().Count(), _log.Entries.Count);
        Assert.Equal(ExpectedRising().Concat(ExpectedSameGroup()).Order(StringComparer.Ordinal), _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_ReadingJumpsFromLowestToHighest_PairsWithItFlipAndOnlyTheyFire()
    {
        var session = NewSession();
        var r1 = Add(session, "r1", 1, "x");
        Add(session, "r2", 2, "x");
        Add(session, "r3", 3, "y");
        session.Fire();
        _log.Take();

        r1.Value = 10;
        session.Update(r1);
        AssertPairs(session);
        session.Fire();

        // Every live pair that contains r1 fires again; pairs without it do not.
        Assert.Equal(["r1~r1", "r1~r2", "r2<r1", "r2~r1", "r3<r1"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_ReadingChangesGroup_HashedSelfJoinMovesItsPairsAndItsSelfPairSurvives()
    {
        var session = NewSession();
        var r1 = Add(session, "r1", 1, "x");
        Add(session, "r2", 2, "x");
        Add(session, "r3", 3, "y");
        session.Fire();
        _log.Take();

        r1.Group = "y";
        session.Update(r1);

        AssertPairs(session);
        Assert.Equal(["r1~r1", "r1~r3", "r2~r2", "r3~r1", "r3~r3"], LivePairs(session, "Same group pair", "~"));
    }

    [Fact]
    public void Retract_MiddleReading_OnlyItsPairsDisappear()
    {
        var session = NewSession();
        Add(session, "r1", 1, "x");
        var r2 = Add(session, "r2", 2, "x");
        Add(session, "r3", 3, "x");
        session.Fire();
        _log.Take();

        session.Retract(r2);
        _readings.Remove(r2);

        AssertPairs(session);
        Assert.Equal(["r1<r3"], LivePairs(session, "Rising pair", "<"));
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_ManyInsertsUpdatesAndRetracts_PairsAlwaysExactAndNeverDuplicated()
    {
        var session = NewSession();
        var random = new Random(17);
        for (var step = 0; step < 200; step++)
        {
            var choice = random.Next(3);
            if (choice == 0 || _readings.Count < 2)
            {
                Add(session, "r" + step, random.Next(5), random.Next(2) == 0 ? "x" : "y");
            }
            else if (choice == 1)
            {
                var reading = _readings[random.Next(_readings.Count)];
                reading.Value = random.Next(5);
                reading.Group = random.Next(2) == 0 ? "x" : "y";
                session.Update(reading);
            }
            else
            {
                var reading = _readings[random.Next(_readings.Count)];
                _readings.Remove(reading);
                session.Retract(reading);
            }

            if (step % 7 == 0)
            {
                session.Fire();
            }

            AssertPairs(session);
        }
    }
}
