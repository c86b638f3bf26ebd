using System.Diagnostics.CodeAnalysis;

namespace PerfRules.Engine.Runtime;

/// <summary>
/// A map keyed by reference for the many small memories of a session: a join's children per token and per fact, a
/// negation's matching facts per token. Almost all of them hold zero, one or two entries, where a dictionary costs
/// several hundred bytes and a hash per lookup; this one keeps up to <see cref="LinearLimit"/> entries in two small
/// arrays searched by reference, allocates nothing until the first entry, and only beyond the limit becomes a dictionary.
/// </summary>
/// <remarks>Enumeration is in insertion order while the map is small and in dictionary order after; callers that
/// change the map while enumerating it take a snapshot first (<see cref="ToArray"/>), as they would with a dictionary.</remarks>
internal sealed class CompactMap<TKey, TValue>
    where TKey : class
{
    private const int LinearLimit = 8;

    private TKey[]? _keys;
    private TValue[]? _values;
    private int _count;
    private Dictionary<TKey, TValue>? _dictionary;

    public int Count => _dictionary?.Count ?? _count;

    public TValue this[TKey key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("The key is not in the map.");

    public bool ContainsKey(TKey key) => _dictionary?.ContainsKey(key) ?? IndexOf(key) >= 0;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_dictionary is not null)
        {
            return _dictionary.TryGetValue(key, out value);
        }

        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _values![index];
        return true;
    }

    /// <summary>Adds an entry; the key must not be present (as with <see cref="Dictionary{TKey, TValue}.Add"/>).</summary>
    public void Add(TKey key, TValue value)
    {
        if (_dictionary is not null)
        {
            _dictionary.Add(key, value);
            return;
        }

        if (IndexOf(key) >= 0)
        {
            throw new ArgumentException("An entry with the same key is already in the map.", nameof(key));
        }

        if (_count == LinearLimit)
        {
            _dictionary = new Dictionary<TKey, TValue>(LinearLimit * 2, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _count; i++)
            {
                _dictionary.Add(_keys![i], _values![i]);
            }

            _dictionary.Add(key, value);
            _keys = null;
            _values = null;
            _count = 0;
            return;
        }

        if (_keys is null || _count == _keys.Length)
        {
            var capacity = _keys is null ? 2 : _keys.Length * 2;
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _values, capacity);
        }

        _keys[_count] = key;
        _values![_count] = value;
        _count++;
    }

    /// <summary>Adds the key when absent; false when it was there already.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        if (ContainsKey(key))
        {
            return false;
        }

        Add(key, value);
        return true;
    }

    public bool Remove(TKey key) => Remove(key, out _);

    public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_dictionary is not null)
        {
            return _dictionary.Remove(key, out value);
        }

        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _values![index];
        // Shifting (rather than moving the last entry into the gap) keeps insertion order, so enumeration stays
        // deterministic whatever was removed.
        _count--;
        Array.Copy(_keys!, index + 1, _keys!, index, _count - index);
        Array.Copy(_values!, index + 1, _values!, index, _count - index);
        _keys![_count] = null!;
        _values![_count] = default!;
        return true;
    }

    public void Clear()
    {
        _dictionary?.Clear();
        if (_keys is not null)
        {
            Array.Clear(_keys, 0, _count);
            Array.Clear(_values!, 0, _count);
        }

        _count = 0;
    }

    /// <summary>A snapshot of the entries, for callers that change the map while going through it.</summary>
    public KeyValuePair<TKey, TValue>[] ToArray()
    {
        var entries = new KeyValuePair<TKey, TValue>[Count];
        var i = 0;
        foreach (var entry in this)
        {
            entries[i++] = entry;
        }

        return entries;
    }

    /// <summary>The keys, in the order <see cref="GetEnumerator"/> gives them.</summary>
    public IEnumerable<TKey> Keys
    {
        get
        {
            foreach (var (key, _) in this)
            {
                yield return key;
            }
        }
    }

    /// <summary>The values, in the order <see cref="GetEnumerator"/> gives them.</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            foreach (var (_, value) in this)
            {
                yield return value;
            }
        }
    }

    public Enumerator GetEnumerator() => new(this);

    private int IndexOf(TKey key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_keys![i], key))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Enumerates without allocating while the map is small.</summary>
    public struct Enumerator
    {
        private readonly CompactMap<TKey, TValue> _map;
        private Dictionary<TKey, TValue>.Enumerator _inner;
        private readonly bool _hashed;
        private int _index;

        internal Enumerator(CompactMap<TKey, TValue> map)
        {
            _map = map;
            _hashed = map._dictionary is not null;
            _inner = _hashed ? map._dictionary!.GetEnumerator() : default;
            _index = -1;
        }

        public readonly KeyValuePair<TKey, TValue> Current =>
            _hashed ? _inner.Current : new KeyValuePair<TKey, TValue>(_map._keys![_index], _map._values![_index]);

        public bool MoveNext() => _hashed ? _inner.MoveNext() : ++_index < _map._count;
    }
}
