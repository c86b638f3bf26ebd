using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// Operations on facts the session does not hold fail loudly (or return false from the Try variants) and leave working
/// memory and the agenda as they were.
/// </summary>
public sealed class WorkingMemoryMisuseTest
{
    public sealed class Item(int id)
    {
        public int Id { get; } = id;

        public override string ToString() => $"Item#{Id}";
    }

    [Name("Any item")]
    public sealed class AnyItemRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => log.Add("item " + item.Id));
        }
    }

    [Name("Retract a stranger")]
    public sealed class RetractStrangerRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Retract(new Item(item.Id)));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Update_FactNotInMemory_ThrowsArgumentExceptionAndChangesNothing()
    {
        var session = Rules.Session(new AnyItemRule(_log));
        session.Insert(new Item(1));

        var error = Assert.Throws<ArgumentException>(() => session.Update(new Item(2)));

        Assert.Equal("fact", error.ParamName);
        Assert.Single(session.Query<Item>());
        Assert.Equal(1, session.PendingActivationCount);
        Assert.False(session.TryUpdate(new Item(2)));
    }

    [Fact]
    public void Retract_Twice_SecondThrowsArgumentException()
    {
        var session = Rules.Session(new AnyItemRule(_log));
        var item = new Item(1);
        session.Insert(item);
        session.Retract(item);

        Assert.Throws<ArgumentException>(() => session.Retract(item));
        Assert.Empty(session.Query<Item>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void TryRetract_FactNotInMemory_ReturnsFalse()
    {
        var session = Rules.Session(new AnyItemRule(_log));
        var item = new Item(1);

        Assert.False(session.TryRetract(item));
        session.Insert(item);
        Assert.True(session.TryRetract(item));
        Assert.False(session.TryRetract(item));
    }

    [Fact]
    public void NullFact_EveryOperation_ThrowsArgumentNullException()
    {
        var session = Rules.Session(new AnyItemRule(_log));

        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
        Assert.Throws<ArgumentNullException>(() => session.TryInsert(null!));
        Assert.Throws<ArgumentNullException>(() => session.Update(null!));
        Assert.Throws<ArgumentNullException>(() => session.Retract(null!));
        Assert.Throws<ArgumentNullException>(() => session.TryRetract(null!));
        Assert.Throws<ArgumentNullException>(() => session.InsertAll(null!));
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void Fire_ActionRetractsAFactNotInMemory_RuleActionExceptionWrapsTheArgumentException()
    {
        var session = Rules.Session(new RetractStrangerRule());
        session.Insert(new Item(1));

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("Retract a stranger", error.RuleName);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public void Retract_RetractedFactReinserted_IsANewFactThatFiresAgain()
    {
        var session = Rules.Session(new AnyItemRule(_log));
        var item = new Item(1);
        session.Insert(item);
        session.Fire();
        session.Retract(item);

        session.Insert(item);
        session.Fire();

        Assert.Equal(["item 1", "item 1"], _log.Entries);
    }
}
