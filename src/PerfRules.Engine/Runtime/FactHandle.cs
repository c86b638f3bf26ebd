namespace PerfRules.Engine.Runtime;

/// <summary>A fact's entry in working memory: the current instance, and the order it was inserted in.</summary>
internal sealed class FactHandle(object fact, long sequence, object key)
{
    /// <summary>Orders handles by insertion.</summary>
    public static readonly IComparer<FactHandle> BySequence = Comparer<FactHandle>.Create(static (a, b) => a.Sequence.CompareTo(b.Sequence));

    /// <summary>The current instance; an update may replace it with a new instance of the same identity.</summary>
    public object Fact { get; set; } = fact;

    /// <summary>Insertion order: aggregates list facts by it, so their order does not depend on hashing.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>The working-memory key (see <see cref="FactIdentity"/>); null once the fact is retracted.</summary>
    public object? Key { get; set; } = key;

    /// <summary>Whether the fact is still in working memory. The key tells, rather than a flag of its own: handles are
    /// among the most numerous objects of a session, and a flag would make each one 8 bytes bigger.</summary>
    public bool IsLive => Key is not null;

    /// <summary>The insertion sequence, unique in its session: memories key handles by reference, and this hashes them
    /// without touching the object header.</summary>
    public override int GetHashCode() => Sequence.GetHashCode();

    public override string ToString() => Fact.ToString() ?? Fact.GetType().Name;
}
