using System.Collections;

namespace PerfRules.Internal;

/// <summary>
/// A read-only copy of a sequence that compares by its elements. Records hold their lists through it so that two
/// results built from the same facts are equal, which a record holding a plain array would not be.
/// </summary>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    public static readonly EquatableList<T> Empty = new([]);

    private readonly T[] _items;

    private EquatableList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Copies <paramref name="items"/>, or reuses them when they already are an <see cref="EquatableList{T}"/>.</summary>
    public static EquatableList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        EquatableList<T> list => list,
        ICollection<T> { Count: 0 } => Empty,
        _ => new EquatableList<T>([.. items]),
    };

    /// <summary>Holds <paramref name="items"/> without copying: for an array just built that nobody else keeps.</summary>
    public static EquatableList<T> Own(T[] items) => items.Length == 0 ? Empty : new EquatableList<T>(items);

    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
