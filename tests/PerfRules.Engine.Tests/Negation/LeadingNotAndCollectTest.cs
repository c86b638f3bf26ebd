using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Negation;

/// <summary>
/// Not and Collect as a rule's first element, followed by more patterns: both match the empty working memory, so a
/// rule led by them can fire on an empty session, and they keep matching right as facts arrive.
/// </summary>
public sealed class LeadingNotAndCollectTest
{
    public sealed class Alarm(string zone)
    {
        public string Zone { get; } = zone;

        public override string ToString() => $"Alarm({Zone})";
    }

    public sealed class Sensor(string zone)
    {
        public string Zone { get; set; } = zone;

        public override string ToString() => $"Sensor({Zone})";
    }

    public sealed class Quota(int expectedAlarms)
    {
        public int ExpectedAlarms { get; set; } = expectedAlarms;

        public override string ToString() => $"Quota({ExpectedAlarms})";
    }

    [Name("All quiet")]
    public sealed class AllQuietRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            When().Not<Alarm>();
            Then().Do(ctx => log.Add("quiet"));
        }
    }

    [Name("Quiet sensor")]
    public sealed class QuietSensorRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Sensor sensor = null!;
            When()
                .Not<Alarm>(a => a.Zone == "all")
                .Match(() => sensor);
            Then().Do(ctx => log.Add("quiet " + sensor.Zone));
        }
    }

    [Name("Alarm count")]
    public sealed class AlarmCountRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Alarm> alarms = null!;
            When().Collect(() => alarms);
            Then().Do(ctx => log.Add("count " + alarms.Count));
        }
    }

    [Name("Quota met")]
    public sealed class QuotaMetRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Alarm> alarms = null!;
            Quota quota = null!;
            When()
                .Collect(() => alarms)
                .Match(() => quota, q => q.ExpectedAlarms == alarms.Count);
            Then().Do(ctx => log.Add("quota " + quota.ExpectedAlarms + " met by " + alarms.Count));
        }
    }

    private readonly ActionLog _log = new();

    private ISession NewSession() =>
        Rules.Session(new AllQuietRule(_log), new QuietSensorRule(_log), new AlarmCountRule(_log), new QuotaMetRule(_log));

    [Fact]
    public void Fire_EmptySession_LeadingNotFiresAndLeadingCollectMatchesAnEmptyList()
    {
        var session = NewSession();

        Assert.Equal(2, session.PendingActivationCount);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["quiet", "count 0"], _log.Entries);
    }

    [Fact]
    public void Fire_QuotaOfZeroOnEmptySession_CollectFeedsTheJoinWithAnEmptyList()
    {
        var session = NewSession();
        session.Fire();
        _log.Take();

        session.Insert(new Quota(0));
        session.Fire();

        Assert.Equal(["quota 0 met by 0"], _log.Entries);
    }

    [Fact]
    public void Fire_AlarmsArriveUntilTheQuota_CollectDrivenJoinFollowsTheCount()
    {
        var session = NewSession();
        var quota = new Quota(2);
        session.InsertAll([quota, new Sensor("north")]);
        session.Fire();
        Assert.Equal(["quiet", "count 0", "quiet north"], _log.Take());

        session.Insert(new Alarm("north"));
        session.Fire();
        Assert.Equal(["count 1"], _log.Take());

        var allZones = new Alarm("all");
        session.Insert(allZones);
        session.Fire();
        Assert.Equal(["count 2", "quota 2 met by 2"], _log.Take());
        Assert.DoesNotContain(((EngineSession)session).LiveActivations(), a => a.Rule.Name is "Quiet sensor" or "All quiet");

        session.Retract(allZones);
        session.Fire();
        Assert.Equal(["count 1", "quiet north"], _log.Take().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_AlarmsAllRetracted_LeadingNotFiresAgain()
    {
        var session = NewSession();
        var alarm = new Alarm("east");
        session.Insert(alarm);
        session.Fire();
        Assert.Equal(["count 1"], _log.Take());

        session.Retract(alarm);
        session.Fire();

        Assert.Equal(["count 0", "quiet"], _log.Entries.Order(StringComparer.Ordinal));
    }
}
