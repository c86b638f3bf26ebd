using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Negation;

/// <summary>Not and Exists as a rule's first (or only) pattern: "no order at all" and "some order".</summary>
public sealed class TopLevelNotExistsTest
{
    [Name("No orders at all")]
    public sealed class NoOrdersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            When().Not<Order>();
            Then().Do(ctx => log.Add("none"));
        }
    }

    [Name("Some big order")]
    public sealed class SomeBigOrderRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            When().Exists<Order>(o => o.Id >= 100);
            Then().Do(ctx => log.Add("some"));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_EmptyWorkingMemory_NotFiresExistsDoesNot()
    {
        var session = Rules.Session(new NoOrdersRule(_log), new SomeBigOrderRule(_log));

        Assert.Equal(1, session.Fire());
        Assert.Equal(["none"], _log.Entries);
    }

    [Fact]
    public void Fire_OrdersComeAndGo_BothFlip()
    {
        var session = Rules.Session(new NoOrdersRule(_log), new SomeBigOrderRule(_log));
        var small = new Order(1, 1);
        var big = new Order(100, 1);

        session.Insert(small);
        Assert.Equal(0, session.Fire());

        session.Insert(big);
        Assert.Equal(1, session.Fire());

        session.Retract(small);
        session.Retract(big);
        Assert.Equal(1, session.Fire());

        Assert.Equal(["some", "none"], _log.Entries);
    }
}
