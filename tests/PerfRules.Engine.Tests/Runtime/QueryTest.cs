namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// Query finds the facts of a type, its subtypes included, in insertion order, whether the type is sealed (an exact type
/// test), a base class or an interface.
/// </summary>
public sealed class QueryTest
{
    public interface IShape
    {
        int Id { get; }
    }

    public class Shape(int id) : IShape
    {
        public int Id { get; } = id;
    }

    public sealed class Circle(int id) : Shape(id);

    public sealed class Square(int id) : Shape(id);

    [Name("Negative squares")]
    public sealed class NegativeSquareRule : Rule
    {
        public override void Define()
        {
            Square square = null!;
            When().Match(() => square, s => s.Id < 0);
            Then().Do(ctx => ctx.Retract(square));
        }
    }

    [Fact]
    public void Sealed_types_base_classes_and_interfaces_find_their_facts_in_insertion_order()
    {
        var session = new RuleRepository().Add(new NegativeSquareRule()).Compile().CreateSession();
        var shapes = new Shape[] { new Circle(1), new Square(2), new Shape(3), new Circle(4) };
        foreach (var shape in shapes)
        {
            session.Insert(shape);
        }

        session.Retract(shapes[0]);
        session.Insert(shapes[0]);

        Assert.Equal([4, 1], session.Query<Circle>().Select(c => c.Id));
        Assert.Equal([2], session.Query<Square>().Select(s => s.Id));
        Assert.Equal([2, 3, 4, 1], session.Query<Shape>().Select(s => s.Id));
        Assert.Equal([2, 3, 4, 1], session.Query<IShape>().Select(s => s.Id));
        Assert.Empty(session.Query<string>());
    }

    [Fact]
    public void Sealed_types_keep_insertion_order_through_many_retractions_and_a_clear()
    {
        // Enough retractions that the session sweeps retracted facts out of its per-type list.
        var session = new RuleRepository().Add(new NegativeSquareRule()).Compile().CreateSession();
        var circles = Enumerable.Range(0, 200).Select(i => new Circle(i)).ToArray();
        foreach (var circle in circles)
        {
            session.Insert(circle);
        }

        foreach (var circle in circles.Where(c => c.Id % 3 != 0))
        {
            session.Retract(circle);
        }

        session.Insert(circles[1]);
        session.Insert(new Square(-1));
        session.Fire();

        Assert.Equal([.. Enumerable.Range(0, 200).Where(i => i % 3 == 0), 1], session.Query<Circle>().Select(c => c.Id));
        Assert.Empty(session.Query<Square>());

        session.Clear();
        Assert.Empty(session.Query<Circle>());
        session.Insert(circles[5]);
        Assert.Equal([5], session.Query<Circle>().Select(c => c.Id));
    }
}
