using System.Collections;
using System.Collections.ObjectModel;

namespace PerfRules.Engine.Runtime;

/// <summary>An aggregate's live result, read by conditions during propagation and snapshotted for actions.</summary>
/// <remarks>
/// <para>A view keeps its last snapshot until its aggregate changes: the rules that share an aggregate node (all the rules
/// that collect, say, every self score) and the firings of one rule between two changes then share one immutable
/// snapshot instead of each copying the same facts.</para>
/// <para>An abstract class rather than an interface: every argument of every firing is tested for being a view, and a
/// class test is a compare where an interface test searches the object's interfaces.</para>
/// </remarks>
internal abstract class AggregateView
{
    /// <summary>The facts as they are now, immutable: an action may keep it.</summary>
    public abstract object Snapshot();

    /// <summary>
    /// Forgets the last snapshot: the aggregate's facts (or a fact's instance) changed. The node calls it whenever it
    /// re-tests a result, which it does after every change so as to pass the change on.
    /// </summary>
    public abstract void Changed();
}

/// <summary>The live list a collect binds: a view over the facts it holds, in insertion order.</summary>
internal sealed class CollectionView<T>(List<FactHandle> items) : AggregateView, IReadOnlyList<T>
{
    private IReadOnlyList<T>? _snapshot;

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

    public override object Snapshot()
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        if (items.Count == 0)
        {
            // Many collects stay empty (facts a department does not have): they all share the one empty list.
            return _snapshot = ReadOnlyCollection<T>.Empty;
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (T)items[i].Fact;
        }

        return _snapshot = Array.AsReadOnly(copy);
    }

    public override void Changed() => _snapshot = null;
}

/// <summary>The live group a group-by binds.</summary>
internal sealed class GroupView<TKey, T>(TKey key, List<FactHandle> items) : AggregateView, IGrouping<TKey, T>, IReadOnlyList<T>
{
    private Group<TKey, T>? _snapshot;

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

    public override object Snapshot() => _snapshot ??= new Group<TKey, T>(key, items.Select(i => (T)i.Fact).ToArray());

    public override void Changed() => _snapshot = null;
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
