using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// The child tokens one token (or one fact) has in a join memory, by the other parent of each child. Most tokens and
/// facts join once, so the first child lives inline in its entry; only a second child brings a map for the rest.
/// </summary>
/// <remarks>
/// A mutable struct kept in a field of its entry (never copied): the entry and its children are one object in the common
/// case. Enumeration is in insertion order while the rest is small, as with <see cref="CompactMap{TKey, TValue}"/>:
/// removing the first child promotes the oldest of the rest.
/// </remarks>
/// <typeparam name="TKey">The other parent: a fact for a token's children, a token for a fact's.</typeparam>
internal struct ChildTokens<TKey>
    where TKey : class
{
    // Invariant: while _first is null the rest is empty.
    private TKey? _firstKey;
    private Token? _first;
    private CompactMap<TKey, Token>? _rest;

    public readonly int Count => _first is null ? 0 : 1 + (_rest?.Count ?? 0);

    public readonly bool ContainsKey(TKey key) =>
        _first is not null && (ReferenceEquals(_firstKey, key) || (_rest?.ContainsKey(key) ?? false));

    /// <summary>Adds a child; its key must not be present. <paramref name="expected"/> is how many children the entry may
    /// come to have, for sizing the map of the rest should it outgrow its arrays.</summary>
    public void Add(TKey key, Token child, int expected = 0)
    {
        if (_first is null)
        {
            _firstKey = key;
            _first = child;
            return;
        }

        if (ReferenceEquals(_firstKey, key))
        {
            throw new ArgumentException("A child with the same key is already there.", nameof(key));
        }

        (_rest ??= CompactMap<TKey, Token>.Create((expected, 0))).Add(key, child);
    }

    public bool Remove(TKey key)
    {
        if (_first is null)
        {
            return false;
        }

        if (!ReferenceEquals(_firstKey, key))
        {
            return _rest?.Remove(key) ?? false;
        }

        _firstKey = null;
        _first = null;
        if (_rest is { Count: > 0 })
        {
            foreach (var (oldestKey, oldest) in _rest)
            {
                _firstKey = oldestKey;
                _first = oldest;
                break;
            }

            _rest.Remove(_firstKey!);
        }

        return true;
    }

    /// <summary>Empties the children, keeping the map of the rest (emptied) for the entry's next use.</summary>
    public void Clear()
    {
        _firstKey = null;
        _first = null;
        _rest?.Clear();
    }

    /// <summary>A snapshot of the children, for callers that change them while going through them.</summary>
    public readonly KeyValuePair<TKey, Token>[] ToArray()
    {
        if (_first is null)
        {
            return [];
        }

        var children = new KeyValuePair<TKey, Token>[Count];
        var i = 0;
        foreach (var child in this)
        {
            children[i++] = child;
        }

        return children;
    }

    public readonly Enumerator GetEnumerator() => new(_firstKey, _first, _rest);

    /// <summary>The first child, then the rest.</summary>
    public struct Enumerator
    {
        private readonly TKey? _firstKey;
        private readonly Token? _first;
        private readonly CompactMap<TKey, Token>? _rest;
        private CompactMap<TKey, Token>.Enumerator _inner;
        private int _position;

        internal Enumerator(TKey? firstKey, Token? first, CompactMap<TKey, Token>? rest)
        {
            _firstKey = firstKey;
            _first = first;
            _rest = rest;
            _inner = default;
            _position = -1;
        }

        public readonly KeyValuePair<TKey, Token> Current =>
            _position == 0 ? new KeyValuePair<TKey, Token>(_firstKey!, _first!) : _inner.Current;

        public bool MoveNext()
        {
            if (_position < 0)
            {
                _position = 0;
                return _first is not null;
            }

            if (_position == 0)
            {
                if (_rest is null)
                {
                    return false;
                }

                _position = 1;
                _inner = _rest.GetEnumerator();
            }

            return _inner.MoveNext();
        }
    }
}
