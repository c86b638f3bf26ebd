namespace PerfRules.Engine.Runtime;

/// <summary>
/// A partial match: a linked list of the elements matched so far, one per binding pattern. Tokens are created by beta
/// nodes and held in the session's memories; the network itself is stateless.
/// </summary>
internal sealed class Token
{
    public static Token CreateRoot() => new(null, -1, null, null);

    public Token(Token? parent, int index, FactHandle? handle, object? element) => Reuse(parent, index, handle, element);

    // Memories key tokens by reference. Hashing a reference costs a write to the object's header on first use and
    // spreads no better than this: the path of the match, which differs between any two tokens one memory holds.
    private int _hash;

    // The fact's handle or the aggregate view: a token adds one or the other, so one field holds either (tokens are
    // among the most numerous objects of a session).
    private object? _item;

    public Token? Parent { get; private set; }

    /// <summary>The position of the element this token adds; -1 for the root.</summary>
    public int Index { get; private set; }

    /// <summary>
    /// Makes the token another match, as a new token would be. The node that created a token reuses it once its
    /// session is cleared (see <see cref="INodeMemory.Clear"/>): by then no memory, agenda entry or activation holds it.
    /// </summary>
    public Token Reuse(Token? parent, int index, FactHandle? handle, object? element)
    {
        Parent = parent;
        Index = index;
        _item = handle ?? element;
        _hash = parent is null ? 0 : HashCode.Combine(parent._hash, index, handle?.Sequence);
        return this;
    }

    /// <summary>Lets go of the match's parent and element, so that a token kept for reuse keeps nothing alive.</summary>
    public void Release()
    {
        Parent = null;
        _item = null;
    }

    /// <summary>The matched fact's handle, for a pattern element.</summary>
    public FactHandle? Handle => _item as FactHandle;

    /// <summary>The live aggregate view, for a collect or group-by element.</summary>
    public object? Element => _item is FactHandle ? null : _item;

    /// <summary>The value of this token's element: the fact's current instance or the aggregate view.</summary>
    public object? Value => _item is FactHandle handle ? handle.Fact : _item;

    /// <summary>The value of element <paramref name="index"/>; conditions compiled by the network builder call this.</summary>
    public object? Get(int index)
    {
        var token = this;
        while (token.Index != index)
        {
            token = token.Parent!;
        }

        return token.Value;
    }

    /// <summary>Writes the facts of the match in pattern order, as actions see them (aggregates snapshotted).</summary>
    public void CopyArgumentsTo(object?[] arguments)
    {
        for (var token = this; token.Index >= 0; token = token.Parent!)
        {
            arguments[token.Index] = token._item is FactHandle handle ? handle.Fact : ((AggregateView?)token._item)?.Snapshot();
        }
    }

    /// <summary>The facts of the match, for errors and events: the facts of each pattern, flattened.</summary>
    public List<object> Facts()
    {
        var facts = new List<object>();
        for (var token = this; token.Index >= 0; token = token.Parent!)
        {
            if (token.Value is { } value)
            {
                facts.Add(value is AggregateView view ? view.Snapshot() : value);
            }
        }

        facts.Reverse();
        return facts;
    }

    /// <summary>A hash of the match's path; equality stays reference equality.</summary>
    public override int GetHashCode() => _hash;
}
