using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// Patterns on an interface and on a base class receive every fact that implements or derives from it; a fact that
/// several patterns' types accept enters each of them, and updates and retractions reach every one.
/// </summary>
public sealed class InterfacePatternTest
{
    public interface IShape
    {
        string Name { get; }

        decimal Area { get; }
    }

    public abstract class RoundShape(string name) : IShape
    {
        public string Name { get; } = name;

        public abstract decimal Area { get; }

        public override string ToString() => Name;
    }

    public sealed class Circle(string name, decimal area) : RoundShape(name)
    {
        public override decimal Area => AreaValue;

        public decimal AreaValue { get; set; } = area;
    }

    public sealed class Square(string name, decimal area) : IShape
    {
        public string Name { get; } = name;

        public decimal Area { get; set; } = area;

        public override string ToString() => Name;
    }

    [Name("Large shape")]
    public sealed class LargeShapeRule : Rule
    {
        public override void Define()
        {
            IShape shape = null!;
            When().Match(() => shape, s => s.Area > 10m);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Round shape")]
    public sealed class RoundShapeRule : Rule
    {
        public override void Define()
        {
            RoundShape shape = null!;
            When().Match(() => shape);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Square as large as a shape")]
    public sealed class SameAreaRule : Rule
    {
        public override void Define()
        {
            IShape shape = null!;
            Square square = null!;
            When()
                .Match(() => shape)
                .Match(() => square, q => q.Area == shape.Area);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    private static ISession NewSession() => Rules.Session(new LargeShapeRule(), new RoundShapeRule(), new SameAreaRule());

    private static string[] Matches(ISession session, string rule) =>
        ((EngineSession)session).LiveActivations()
            .Where(a => a.Rule.Name == rule)
            .Select(a => string.Join("+", a.Facts()))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Insert_CirclesAndSquares_InterfacePatternReceivesBothBaseClassPatternOnlyCircles()
    {
        var session = NewSession();

        session.InsertAll([new Circle("c12", 12m), new Square("s20", 20m), new Circle("c5", 5m), new Square("s5", 5m)]);

        Assert.Equal(["c12", "s20"], Matches(session, "Large shape"));
        Assert.Equal(["c12", "c5"], Matches(session, "Round shape"));
        // A square is also a shape, so it pairs with itself.
        Assert.Equal(["c5+s5", "s20+s20", "s5+s5"], Matches(session, "Square as large as a shape"));
        Assert.Equal(["c12", "s20", "c5", "s5"], session.Query<IShape>().Select(s => s.Name));
        Assert.Equal(["c12", "c5"], session.Query<RoundShape>().Select(s => s.Name));
    }

    [Fact]
    public void Update_SquareGrows_EveryPatternItEntersSeesTheChange()
    {
        var session = NewSession();
        var square = new Square("s5", 5m);
        session.InsertAll([new Circle("c12", 12m), square]);

        square.Area = 12m;
        session.Update(square);

        Assert.Equal(["c12", "s5"], Matches(session, "Large shape"));
        Assert.Equal(["c12+s5", "s5+s5"], Matches(session, "Square as large as a shape"));
    }

    [Fact]
    public void Retract_Circle_GoneFromTheInterfaceAndTheBaseClassPatterns()
    {
        var session = NewSession();
        var circle = new Circle("c12", 12m);
        session.InsertAll([circle, new Square("s12", 12m)]);

        session.Retract(circle);

        Assert.Equal(["s12"], Matches(session, "Large shape"));
        Assert.Empty(Matches(session, "Round shape"));
        Assert.Equal(["s12+s12"], Matches(session, "Square as large as a shape"));
    }
}
