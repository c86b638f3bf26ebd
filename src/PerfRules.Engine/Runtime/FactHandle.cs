namespace PerfRules.Engine.Runtime;

/// <summary>A fact's entry in working memory: the current instance, and the order it was inserted in.</summary>
/// <remarks>A cleared session reuses its handles for its next case (<see cref="Reuse"/>): nothing outside the session
/// ever sees a handle, and inside it every memory that held one is cleared with it.</remarks>
internal sealed class FactHandle(object fact, long sequence, object key)
{
    /// <summary>Orders handles by insertion.</summary>
    public static readonly IComparer<FactHandle> BySequence = Comparer<FactHandle>.Create(static (a, b) => a.Sequence.CompareTo(b.Sequence));

    /// <summary>The current instance; an update may replace it with a new instance of the same identity.</summary>
    public object Fact { get; set; } = fact;

    /// <summary>Insertion order: aggregates list facts by it, so their order does not depend on hashing.</summary>
    public long Sequence { get; private set; } = sequence;

    /// <summary>The working-memory key (see <see cref="FactIdentity"/>); null once the fact is retracted.</summary>
    public object? Key { get; set; } = key;

    /// <summary>Whether the fact is still in working memory. The key tells, rather than a flag of its own: handles are
    /// among the most numerous objects of a session, and a flag would make each one 8 bytes bigger.</summary>
    public bool IsLive => Key is not null;

    /// <summary>Makes a released handle the entry of another fact, as a new handle would be.</summary>
    public FactHandle Reuse(object fact, long sequence, object key)
    {
        Fact = fact;
        Sequence = sequence;
        Key = key;
        return this;
    }

    /// <summary>Lets go of the fact (the handle is no longer live), so an idle session keeps no fact alive.</summary>
    public FactHandle Release()
    {
        Fact = null!;
        Key = null;
        return this;
    }

    /// <summary>The insertion sequence, unique in its session: memories key handles by reference, and this hashes them
    /// without touching the object header.</summary>
    public override int GetHashCode() => Sequence.GetHashCode();

    public override string ToString() => Fact.ToString() ?? Fact.GetType().Name;
}
