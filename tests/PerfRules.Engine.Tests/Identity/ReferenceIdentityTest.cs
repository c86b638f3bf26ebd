using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Identity;

/// <summary>By default a fact is identified by reference: two equal records are two facts.</summary>
public sealed class ReferenceIdentityTest
{
    public sealed record Point(int X, int Y);

    [Name("Point")]
    public sealed class PointRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Point point = null!;
            When().Match(() => point);
            Then().Do(ctx => log.Add(point.X + "," + point.Y));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_TwoEqualRecords_TwoFactsTwoFirings()
    {
        var session = Rules.Session(new PointRule(_log));
        var first = new Point(1, 2);
        var second = new Point(1, 2);

        session.Insert(first);
        session.Insert(second);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["1,2", "1,2"], _log.Entries);
        var facts = session.Query<Point>();
        Assert.Equal(2, facts.Count);
        Assert.Same(first, facts[0]);
        Assert.Same(second, facts[1]);
    }

    [Fact]
    public void Insert_SameInstanceTwice_ThrowsArgumentException()
    {
        var session = Rules.Session(new PointRule(_log));
        var point = new Point(1, 2);
        session.Insert(point);

        Assert.Throws<ArgumentException>(() => session.Insert(point));
        Assert.Single(session.Query<Point>());
    }

    [Fact]
    public void TryInsert_SameInstanceTwice_ReturnsFalse()
    {
        var session = Rules.Session(new PointRule(_log));
        var point = new Point(1, 2);

        Assert.True(session.TryInsert(point));
        Assert.False(session.TryInsert(point));
        Assert.True(session.TryInsert(new Point(1, 2)));
        Assert.Equal(2, session.Query<Point>().Count);
    }

    [Fact]
    public void Insert_Null_ThrowsArgumentNullException()
    {
        var session = Rules.Session(new PointRule(_log));

        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
    }

    [Fact]
    public void UpdateAndRetract_EqualButDistinctInstance_TreatedAsUnknownFact()
    {
        var session = Rules.Session(new PointRule(_log));
        session.Insert(new Point(1, 2));
        var lookalike = new Point(1, 2);

        Assert.Throws<ArgumentException>(() => session.Update(lookalike));
        Assert.Throws<ArgumentException>(() => session.Retract(lookalike));
        Assert.False(session.TryUpdate(lookalike));
        Assert.False(session.TryRetract(lookalike));
        Assert.Single(session.Query<Point>());
    }

    [Fact]
    public void TryRetract_KnownInstance_RemovesItOnce()
    {
        var session = Rules.Session(new PointRule(_log));
        var point = new Point(1, 2);
        session.Insert(point);

        Assert.True(session.TryUpdate(point));
        Assert.True(session.TryRetract(point));
        Assert.False(session.TryRetract(point));
        Assert.Empty(session.Query<Point>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void InsertAll_DuplicateInTheMiddle_FactsBeforeItStayInserted()
    {
        var session = Rules.Session(new PointRule(_log));
        var first = new Point(1, 1);
        var second = new Point(2, 2);

        Assert.Throws<ArgumentException>(() => session.InsertAll([first, second, first, new Point(3, 3)]));

        Assert.Equal([first, second], session.Query<Point>());
    }
}
