using System.Collections;

namespace PerfRules.Engine.Runtime;

/// <summary>An aggregate's live result, read by conditions during propagation and snapshotted for actions.</summary>
internal interface IAggregateView
{
    object Snapshot();
}

/// <summary>The live list a collect binds: a view over the facts it holds, in insertion order.</summary>
internal sealed class CollectionView<T>(List<FactHandle> items) : IReadOnlyList<T>, IAggregateView
{
    public T this[int index] => (T)items[index].Fact;

    public int Count => items.Count;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in items)
        {
            yield return (T)item.Fact;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public object Snapshot()
    {
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (T)items[i].Fact;
        }

        return Array.AsReadOnly(copy);
    }
}

/// <summary>The live group a group-by binds.</summary>
internal sealed class GroupView<TKey, T>(TKey key, List<FactHandle> items) : IGrouping<TKey, T>, IReadOnlyList<T>, IAggregateView
{
    public TKey Key => key;

    public T this[int index] => (T)items[index].Fact;

    public int Count => items.Count;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in items)
        {
            yield return (T)item.Fact;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public object Snapshot() => new Group<TKey, T>(key, items.Select(i => (T)i.Fact).ToArray());
}

/// <summary>A group as an action receives it: an immutable snapshot.</summary>
internal sealed class Group<TKey, T>(TKey key, T[] items) : IGrouping<TKey, T>, IReadOnlyList<T>
{
    public TKey Key => key;

    public T this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => $"Group {key} ({items.Length})";
}
