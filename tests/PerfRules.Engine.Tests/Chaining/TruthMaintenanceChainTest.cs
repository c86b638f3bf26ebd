using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Chaining;

/// <summary>
/// A chain of linked facts: rule A yields a measure from a reading, rule B yields a verdict from the measure. Retracting
/// or changing the reading carries through the whole chain; a linked fact the host retracts by hand comes back when its
/// match fires again.
/// </summary>
public sealed class TruthMaintenanceChainTest
{
    public sealed class Reading(int id, int value)
    {
        public int Id { get; } = id;

        public int Value { get; set; } = value;

        public override string ToString() => $"Reading#{Id}";
    }

    public sealed record Measure(int ReadingId, int Doubled);

    public sealed record Verdict(int ReadingId, string Text);

    [Name("A: measure positive readings")]
    public sealed class MeasureRule : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading, r => r.Value > 0);
            Then().Yield(ctx => new Measure(reading.Id, reading.Value * 2));
        }
    }

    [Name("B: judge measures")]
    public sealed class VerdictRule : Rule
    {
        public override void Define()
        {
            Measure measure = null!;
            When().Match(() => measure);
            Then().Yield(ctx => new Verdict(measure.ReadingId, measure.Doubled >= 10 ? "high" : "low"));
        }
    }

    [Name("Consume reading, then yield")]
    public sealed class ConsumeThenYieldRule : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading);
            Then()
                .Do(ctx => ctx.Retract(reading))
                .Yield(ctx => new Measure(reading.Id, reading.Value * 2));
        }
    }

    private static ISession NewSession() => Rules.Session(new MeasureRule(), new VerdictRule());

    [Fact]
    public void Fire_Reading_MeasureThenVerdictYielded()
    {
        var session = NewSession();
        session.Insert(new Reading(1, 3));

        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal([new Measure(1, 6)], session.Query<Measure>());
        Assert.Equal([new Verdict(1, "low")], session.Query<Verdict>());
    }

    [Fact]
    public void Retract_Reading_MeasureAndVerdictRetractedAtOnce()
    {
        var session = NewSession();
        var reading = new Reading(1, 3);
        session.InsertAll([reading, new Reading(2, 7)]);
        session.Fire();

        session.Retract(reading);

        // Truth maintenance runs as part of the retraction, not at the next Fire().
        Assert.Equal([new Measure(2, 14)], session.Query<Measure>());
        Assert.Equal([new Verdict(2, "high")], session.Query<Verdict>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_ReadingUpdated_MeasureThenVerdictReplacedWithNewValues()
    {
        var session = NewSession();
        var reading = new Reading(1, 3);
        session.Insert(reading);
        session.Fire();
        var recorder = new FiringRecorder(session);

        reading.Value = 5;
        session.Update(reading);
        session.Fire();

        Assert.Equal(["A: measure positive readings", "B: judge measures"], recorder.RuleNames);
        Assert.Equal([new Measure(1, 10)], session.Query<Measure>());
        Assert.Equal([new Verdict(1, "high")], session.Query<Verdict>());
        Assert.Equal(3, session.Query<object>().Count);
    }

    [Fact]
    public void Update_ReadingNoLongerMatches_WholeChainRetracted()
    {
        var session = NewSession();
        var reading = new Reading(1, 3);
        session.Insert(reading);
        session.Fire();

        reading.Value = 0;
        session.Update(reading);

        Assert.Empty(session.Query<Measure>());
        Assert.Empty(session.Query<Verdict>());
        Assert.Equal([reading], session.Query<object>());
    }

    [Fact]
    public void Fire_HostRetractsLinkedFactByHand_ItsDependentsGoAndComeBackWhenTheMatchFiresAgain()
    {
        var session = NewSession();
        var reading = new Reading(1, 3);
        session.Insert(reading);
        session.Fire();

        session.Retract(session.Query<Measure>().Single());

        Assert.Empty(session.Query<Verdict>());
        // Refraction: the reading's match already fired and nothing in it changed, so nothing brings the measure back yet.
        Assert.Equal(0, session.Fire());
        Assert.Empty(session.Query<Measure>());

        session.Update(reading);
        session.Fire();

        Assert.Equal([new Measure(1, 6)], session.Query<Measure>());
        Assert.Equal([new Verdict(1, "low")], session.Query<Verdict>());
    }

    [Fact]
    public void Fire_ManyReadingsChurn_ChainAlwaysMatchesTheReadings()
    {
        var session = NewSession();
        var random = new Random(5);
        var readings = Enumerable.Range(1, 20).Select(i => new Reading(i, random.Next(-3, 8))).ToList();
        session.InsertAll(readings);
        session.Fire();

        for (var round = 0; round < 10; round++)
        {
            foreach (var reading in readings.Where((_, i) => (i + round) % 3 == 0))
            {
                reading.Value = random.Next(-3, 8);
                session.Update(reading);
            }

            session.Fire();

            var positive = readings.Where(r => r.Value > 0).ToArray();
            Assert.Equal(
                positive.Select(r => new Measure(r.Id, r.Value * 2)).OrderBy(m => m.ReadingId),
                session.Query<Measure>().OrderBy(m => m.ReadingId));
            Assert.Equal(
                positive.Select(r => new Verdict(r.Id, r.Value * 2 >= 10 ? "high" : "low")).OrderBy(v => v.ReadingId),
                session.Query<Verdict>().OrderBy(v => v.ReadingId));
        }
    }

    [Fact]
    public void Fire_ActionRetractsItsOwnFactBeforeYield_NoLinkedFactOutlivesTheMatch()
    {
        var session = Rules.Session(new ConsumeThenYieldRule());
        session.Insert(new Reading(1, 3));

        session.Fire();

        // The Do removed the match's only fact, so the match is gone before the Yield runs: a linked fact "lives
        // exactly as long as the match that produced it", hence none.
        Assert.Empty(session.Query<Reading>());
        Assert.Empty(session.Query<Measure>());
    }
}
