using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PerfRules.Engine.Runtime;

/// <summary>
/// A map keyed by reference for the many small memories of a session: a join's children per token and per fact, a
/// negation's matching facts per token. Almost all of them hold zero, one or two entries, where a dictionary costs
/// several hundred bytes and a hash per lookup; this one keeps its first entry in fields, the next ones up to
/// <see cref="LinearLimit"/> in two small arrays searched by reference, and only beyond the limit becomes a dictionary.
/// A map of one entry, the commonest, allocates nothing beyond itself.
/// </summary>
/// <remarks>Enumeration is in insertion order while the map is small and in dictionary order after; callers that
/// change the map while enumerating it take a snapshot first (<see cref="ToArray"/>), as they would with a dictionary.</remarks>
internal sealed class CompactMap<TKey, TValue> : INodeMemory<CompactMap<TKey, TValue>>
    where TKey : class
{
    private const int LinearLimit = 8;

    // The dictionary's initial capacity when the map outgrows its arrays; presized as a node memory. The switch itself
    // stays at the same count whatever the capacity, so enumeration order does not depend on it.
    private int _dictionaryCapacity = LinearLimit * 2;

    // Entry 0 lives in these fields; entry i > 0 at index i - 1 of the arrays.
    private TKey? _firstKey;
    private TValue? _firstValue;
    private TKey[]? _keys;
    private TValue[]? _values;
    private int _count;
    private Dictionary<TKey, TValue>? _dictionary;

    // The dictionary a cleared map had outgrown its arrays into, emptied and kept for the next time it outgrows them.
    private Dictionary<TKey, TValue>? _spareDictionary;

    public int Count => _dictionary?.Count ?? _count;

    (int First, int Second) INodeMemory.Size => (Count, 0);

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

        value = ValueAt(index);
        return true;
    }

    /// <summary>Adds an entry; the key must not be present (as with <see cref="Dictionary{TKey, TValue}.Add"/>).</summary>
    public void Add(TKey key, TValue value)
    {
        if (!TryAdd(key, value))
        {
            throw new ArgumentException("An entry with the same key is already in the map.", nameof(key));
        }
    }

    /// <summary>Adds the key when absent; false when it was there already.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        if (_dictionary is not null)
        {
            return _dictionary.TryAdd(key, value);
        }

        if (IndexOf(key) >= 0)
        {
            return false;
        }

        if (_count == LinearLimit)
        {
            _dictionary = _spareDictionary ?? new Dictionary<TKey, TValue>(_dictionaryCapacity, ReferenceEqualityComparer.Instance);
            _spareDictionary = null;
            for (var i = 0; i < _count; i++)
            {
                _dictionary.Add(KeyAt(i), ValueAt(i));
            }

            _dictionary.Add(key, value);

            // The arrays stay, emptied, for when the map is cleared and fills up again.
            ClearLinear();
            return true;
        }

        if (_count == 0)
        {
            _firstKey = key;
            _firstValue = value;
            _count = 1;
            return true;
        }

        if (_keys is null || _count - 1 == _keys.Length)
        {
            var capacity = _keys is null ? 2 : Math.Min(_keys.Length * 2, LinearLimit - 1);
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _values, capacity);
        }

        _keys[_count - 1] = key;
        _values![_count - 1] = value;
        _count++;
        return true;
    }

    /// <summary>A map that will hold about <paramref name="size"/> entries, as a node's memory.</summary>
    public static CompactMap<TKey, TValue> Create((int First, int Second) size) =>
        new() { _dictionaryCapacity = Math.Max(size.First, LinearLimit * 2) };

    /// <summary>
    /// Replaces the value of a key already in the map. The entry keeps its place, so this is safe while the map is being
    /// enumerated (a dictionary's indexer would end the enumeration).
    /// </summary>
    public void SetValue(TKey key, TValue value)
    {
        if (_dictionary is not null)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_dictionary, key);
            if (Unsafe.IsNullRef(ref slot))
            {
                throw new KeyNotFoundException("The key is not in the map.");
            }

            slot = value;
            return;
        }

        var index = IndexOf(key);
        if (index < 0)
        {
            throw new KeyNotFoundException("The key is not in the map.");
        }

        if (index == 0)
        {
            _firstValue = value;
        }
        else
        {
            _values![index - 1] = value;
        }
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

        value = ValueAt(index);
        // Shifting (rather than moving the last entry into the gap) keeps insertion order, so enumeration stays
        // deterministic whatever was removed.
        _count--;
        if (index == 0 && _count > 0)
        {
            _firstKey = _keys![0];
            _firstValue = _values![0];
            index = 1;
        }

        if (index == 0)
        {
            _firstKey = null;
            _firstValue = default;
            return true;
        }

        Array.Copy(_keys!, index, _keys!, index - 1, _count - index);
        Array.Copy(_values!, index, _values!, index - 1, _count - index);
        _keys![_count - 1] = null!;
        _values![_count - 1] = default!;
        return true;
    }

    /// <summary>
    /// Empties the map, keeping what it allocated. A map that had become a dictionary goes back to its fields and
    /// arrays (and would reuse the dictionary should it outgrow them again), so it enumerates exactly as a new map does.
    /// </summary>
    public void Clear()
    {
        if (_dictionary is not null)
        {
            _dictionary.Clear();
            _spareDictionary = _dictionary;
            _dictionary = null;
        }

        ClearLinear();
    }

    private void ClearLinear()
    {
        if (_keys is not null)
        {
            Array.Clear(_keys);
            Array.Clear(_values!);
        }

        _firstKey = null;
        _firstValue = default;
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
        if (_count == 0)
        {
            return -1;
        }

        if (ReferenceEquals(_firstKey, key))
        {
            return 0;
        }

        for (var i = 1; i < _count; i++)
        {
            if (ReferenceEquals(_keys![i - 1], key))
            {
                return i;
            }
        }

        return -1;
    }

    private TKey KeyAt(int index) => index == 0 ? _firstKey! : _keys![index - 1];

    private TValue ValueAt(int index) => index == 0 ? _firstValue! : _values![index - 1];

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
            _hashed ? _inner.Current : new KeyValuePair<TKey, TValue>(_map.KeyAt(_index), _map.ValueAt(_index));

        public bool MoveNext() => _hashed ? _inner.MoveNext() : ++_index < _map._count;
    }
}
