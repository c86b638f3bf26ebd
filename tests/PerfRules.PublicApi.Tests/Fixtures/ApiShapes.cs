using System.Diagnostics.CodeAnalysis;

// Types whose only purpose is to be listed by PublicApiListingTest: one of each shape a public API can take.
namespace PerfRules.PublicApi.Tests.Fixtures;

[Flags]
public enum Shade : byte
{
    None = 0,
    Blue = 2,
    Red = 1,
}

public interface IConverter<in TIn, out TOut>
    where TIn : notnull
{
    TOut? Convert(TIn value);
}

public abstract class Shape : IComparable<Shape>
{
    public const string Unit = "m²";

    protected internal int Version;

    protected Shape(string? name = null) => Name = name;

    public event EventHandler<EventArgs>? Changed;

    public string? Name { get; protected set; }

    public abstract decimal Area { get; }

    public string this[int index] => Name ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public virtual string Describe(int digits = 2, Shade shade = Shade.Red | Shade.Blue) => Name ?? string.Empty;

    [Obsolete("Use Describe.")]
    public string Text() => Describe();

    public int CompareTo(Shape? other) => Area.CompareTo(other?.Area ?? 0m);

    internal void Internal() => Changed?.Invoke(this, EventArgs.Empty);

    private protected void Hidden() => Version++;

    protected sealed class Part;
}

public sealed class Square(decimal side) : Shape("square")
{
    public decimal Side { get; init; } = side;

    public override decimal Area => Side * Side;

    public static Square operator +(Square left, Square right) => new(left.Side + right.Side);

    public static implicit operator decimal(Square square) => square.Side;

    public sealed override string Describe(int digits = 2, Shade shade = Shade.Red | Shade.Blue) => "square";
}

public readonly struct Money(decimal amount)
{
    public decimal Amount { get; } = amount;
}

public sealed record Point(int X, string? Label);

public static class Shapes
{
    public static bool TryFind<T>(this IReadOnlyList<T?> items, [NotNullWhen(true)] out T? found)
        where T : class
    {
        found = items.FirstOrDefault(i => i is not null);
        return found is not null;
    }

    public static T[] Sorted<T>(params T[] items)
        where T : struct, IComparable<T> => [.. items.Order()];

    public static (string Name, int? Count) Pair(Dictionary<string, List<int?>?> map) => (map.Keys.First(), map.Count);

    public static ((int Low, int High) Range, string? Note)[] Ranges() => [((1, 2), null)];
}

public delegate TResult Projection<in T, out TResult>(T item)
    where T : class?;

internal sealed class NotListed
{
    public void Hidden()
    {
    }
}
