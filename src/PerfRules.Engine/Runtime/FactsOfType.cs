namespace PerfRules.Engine.Runtime;

/// <summary>
/// A session's facts of one exact runtime type, in insertion order, so that <see cref="Session.Query{T}"/> for a sealed
/// type reads them directly rather than testing the type of every fact in working memory.
/// </summary>
/// <remarks>
/// A retraction only counts the dead handle (it knows itself dead: see <see cref="FactHandle.IsLive"/>); the dead are
/// swept out once they outnumber the live, so retracting from a type with thousands of facts (a what-if replace) stays
/// O(1) amortised and keeps the order. This relies on a retracted handle never coming back to life before the session
/// is cleared, which also empties this list: handles are reused only after a clear.
/// </remarks>
internal sealed class FactsOfType
{
    private readonly List<FactHandle> _handles = [];
    private int _dead;

    /// <summary>How many of this type's facts are in working memory.</summary>
    public int Count => _handles.Count - _dead;

    /// <summary>Appends a newly inserted fact; it is the latest inserted, so the list stays in insertion order.</summary>
    public void Add(FactHandle handle) => _handles.Add(handle);

    /// <summary>Notes that one of the handles has been retracted.</summary>
    public void Removed()
    {
        if (++_dead > 16 && _dead > _handles.Count / 2)
        {
            _handles.RemoveAll(static h => !h.IsLive);
            _dead = 0;
        }
    }

    /// <summary>The live facts, in insertion order; empty when there are none.</summary>
    public T[] Facts<T>()
    {
        var count = Count;
        if (count == 0)
        {
            return [];
        }

        var facts = new T[count];
        var i = 0;
        foreach (var handle in _handles)
        {
            if (handle.IsLive)
            {
                facts[i++] = (T)handle.Fact;
            }
        }

        return facts;
    }

    public void Clear()
    {
        _handles.Clear();
        _dead = 0;
    }
}
