using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// An aggregate node's memory: the state of each token and, for a node with an equality key, its tokens and facts
/// hashed by key as a join's are, so that a fact meets only the tokens with its key and a token only the facts with its.
/// </summary>
/// <remarks>
/// <para>The key of every indexed token and fact is kept, because a token or fact that changed must be found again
/// under the key it was indexed by.</para>
/// <para>When its session is cleared, the memory keeps the results of a collect (each with its token, list and view) for
/// the session's next case, which makes about as many again (a pooled session scores one department after another).
/// Nothing outside the session's memories, agenda and activations, all cleared with it, holds them: actions receive
/// snapshots, never the live view.</para>
/// </remarks>
internal sealed class AggregateMemory((int Lefts, int Rights) size) : INodeMemory<AggregateMemory>
{
    private readonly Stack<AggregateNode.Result> _spareResults = new();
    private KeyIndex<Token>? _leftIndex;
    private KeyIndex<FactHandle>? _rightIndex;
    private CompactMap<Token, object>? _leftKeys;
    private CompactMap<FactHandle, object>? _rightKeys;

    /// <summary>Each token's state: what the node made of the facts that match it.</summary>
    public CompactMap<Token, object> States { get; } = CompactMap<Token, object>.Create((size.Lefts, 0));

    public (int First, int Second) Size => (States.Count, _rightKeys?.Count ?? 0);

    private KeyIndex<Token> LeftIndex => _leftIndex ??= new(size.Lefts);

    private KeyIndex<FactHandle> RightIndex => _rightIndex ??= new(size.Rights);

    // Only a keyed node reads these, so they come on first use.
    private CompactMap<Token, object> LeftKeys => _leftKeys ??= CompactMap<Token, object>.Create((size.Lefts, 0));

    private CompactMap<FactHandle, object> RightKeys => _rightKeys ??= CompactMap<FactHandle, object>.Create((size.Rights, 0));

    public static AggregateMemory Create((int First, int Second) size) => new(size);

    /// <summary>The tokens indexed under <paramref name="key"/>, in the order they were indexed.</summary>
    public KeyIndex<Token>.Matches TokensWith(object key) => LeftIndex.Find(key);

    /// <summary>The facts indexed under <paramref name="key"/>, in the order they were indexed.</summary>
    public KeyIndex<FactHandle>.Matches FactsWith(object key) => RightIndex.Find(key);

    /// <summary>Indexes a token under its current key, moving it when it was indexed under another.</summary>
    public void IndexToken(Token token, object key) => Index(LeftKeys, LeftIndex, token, key);

    public void UnindexToken(Token token)
    {
        if (_leftKeys is not null && _leftKeys.Remove(token, out var key))
        {
            LeftIndex.Remove(key, token);
        }
    }

    /// <summary>The key a fact was indexed under; false when the fact is not indexed.</summary>
    public bool TryGetFactKey(FactHandle fact, out object key) => RightKeys.TryGetValue(fact, out key!);

    /// <summary>Indexes a fact under its current key, moving it when it was indexed under another.</summary>
    public void IndexFact(FactHandle fact, object key) => Index(RightKeys, RightIndex, fact, key);

    /// <summary>Takes a fact out of the index; false when it was not there.</summary>
    public bool UnindexFact(FactHandle fact, out object key)
    {
        if (_rightKeys is null || !_rightKeys.Remove(fact, out key!))
        {
            key = null!;
            return false;
        }

        RightIndex.Remove(key, fact);
        return true;
    }

    // Tokens and facts are indexed alike, each side with its own index and the keys it was indexed by.
    private static void Index<T>(CompactMap<T, object> keys, KeyIndex<T> index, T item, object key)
        where T : class
    {
        if (keys.TryGetValue(item, out var old))
        {
            if (key.Equals(old))
            {
                return;
            }

            index.Remove(old, item);
            keys.SetValue(item, key);
        }
        else
        {
            keys.Add(item, key);
        }

        index.Add(key, item);
    }

    /// <summary>A result kept from before the session was cleared, or null.</summary>
    public AggregateNode.Result? TakeSpareResult() => _spareResults.TryPop(out var result) ? result : null;

    public void Clear()
    {
        // A group-by's states (its groups by key) are not kept: group-bys are rare, and their views carry their keys.
        foreach (var (_, state) in States)
        {
            if (state is AggregateNode.Result result)
            {
                result.Release();
                _spareResults.Push(result);
            }
        }

        States.Clear();
        _leftIndex?.Clear();
        _rightIndex?.Clear();
        _leftKeys?.Clear();
        _rightKeys?.Clear();
    }
}
