using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>Three patterns over one type joined by inequalities (a self-join a hash cannot serve): strictly ascending triples.</summary>
public sealed class ThreePatternNonEqualityJoinTest
{
    public sealed class Reading(string name, int level)
    {
        public string Name { get; } = name;

        public int Level { get; set; } = level;

        public override string ToString() => $"{Name}={Level}";
    }

    [Name("Ascending triple")]
    public sealed class AscendingTripleRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Reading first = null!;
            Reading second = null!;
            Reading third = null!;

            When()
                .Match(() => first)
                .Match(() => second, r => r.Level > first.Level)
                .Match(() => third, r => r.Level > second.Level);
            Then()
                .Do(ctx => log.Add(first.Name + second.Name + third.Name));
        }
    }

    [Fact]
    public void Fire_FourRisingReadings_FiresForEachAscendingTriple()
    {
        var log = new ActionLog();
        var session = Rules.Session(new AscendingTripleRule(log));

        session.InsertAll([new Reading("a", 10), new Reading("b", 20), new Reading("c", 30), new Reading("d", 40)]);
        var fired = session.Fire();

        Assert.Equal(4, fired);
        Assert.Equal(["abc", "abd", "acd", "bcd"], log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_FirstTripleCompleteBeforeOthers_FiresItFirst()
    {
        var log = new ActionLog();
        var session = Rules.Session(new AscendingTripleRule(log));

        // "abc" is the only match until d arrives, so its activation is the oldest.
        session.InsertAll([new Reading("a", 10), new Reading("b", 20), new Reading("c", 30), new Reading("d", 40)]);
        session.Fire();

        Assert.Equal("abc", log.Entries[0]);
    }

    [Fact]
    public void Fire_EqualLevels_NoTripleBecauseJoinIsStrict()
    {
        var log = new ActionLog();
        var session = Rules.Session(new AscendingTripleRule(log));

        session.InsertAll([new Reading("a", 10), new Reading("b", 10), new Reading("c", 20)]);
        var fired = session.Fire();

        Assert.Equal(0, fired);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Fire_HighestReadingDropsToLowest_OnlyTriplesWithItFireAgain()
    {
        var log = new ActionLog();
        var session = Rules.Session(new AscendingTripleRule(log));
        var d = new Reading("d", 40);
        session.InsertAll([new Reading("a", 10), new Reading("b", 20), new Reading("c", 30), d]);
        session.Fire();
        log.Take();

        d.Level = 5;
        session.Update(d);
        var fired = session.Fire();

        // "abc" does not involve d: it already fired and must not fire again (refraction).
        Assert.Equal(3, fired);
        Assert.Equal(["dab", "dac", "dbc"], log.Entries.Order(StringComparer.Ordinal));
    }
}
