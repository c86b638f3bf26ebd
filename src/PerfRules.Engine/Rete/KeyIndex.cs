namespace PerfRules.Engine.Rete;

/// <summary>
/// One side of a hashed equality join: its tokens or facts by join key. A chained hash table kept in parallel arrays
/// (bucket heads, next links, keys, items), so adding an item allocates nothing until the table grows, where a
/// dictionary of lists allocates a list for every new key.
/// </summary>
/// <remarks>
/// Items of one key come back in the order they were added (chains are appended to at their tail, and growing
/// re-links them in chain order), so a join meets them in the same order on every run. Keys compare with
/// <see cref="object.Equals(object?)"/>, as the keys of a dictionary would.
/// </remarks>
internal sealed class KeyIndex<T>
    where T : class
{
    private const int InitialCapacity = 4;

    // Bucket heads and tails and the next links hold slot + 1, so that the zeroed arrays mean "empty".
    private int[] _heads = [];
    private int[] _tails = [];
    private int[] _next = [];
    private int[] _hashes = [];
    private object?[] _keys = [];
    private T?[] _items = [];
    private int _used;
    private int _free;

    /// <summary>An index with room for <paramref name="capacity"/> items before it grows.</summary>
    public KeyIndex(int capacity = 0)
    {
        if (capacity > 0)
        {
            _heads = new int[capacity];
            _tails = new int[capacity];
            _next = new int[capacity];
            _hashes = new int[capacity];
            _keys = new object?[capacity];
            _items = new T?[capacity];
        }
    }

    /// <summary>How many items the index holds.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the index, keeping its arrays: it then fills exactly as a new index of that capacity would.</summary>
    public void Clear()
    {
        Array.Clear(_heads);
        Array.Clear(_tails);
        Array.Clear(_keys, 0, _used);
        Array.Clear(_items, 0, _used);
        _used = 0;
        _free = 0;
        Count = 0;
    }

    public void Add(object key, T item)
    {
        if (_free == 0 && _used == _items.Length)
        {
            Grow();
        }

        int slot;
        if (_free != 0)
        {
            slot = _free - 1;
            _free = _next[slot];
        }
        else
        {
            slot = _used++;
        }

        var hash = key.GetHashCode();
        _hashes[slot] = hash;
        _keys[slot] = key;
        _items[slot] = item;
        Link(slot, (uint)hash % (uint)_heads.Length);
        Count++;
    }

    /// <summary>Removes one item under its key; false when it was not there.</summary>
    public bool Remove(object key, T item)
    {
        if (Count == 0)
        {
            return false;
        }

        var hash = key.GetHashCode();
        var bucket = (uint)hash % (uint)_heads.Length;
        var previous = -1;
        for (var slot = _heads[bucket] - 1; slot >= 0; previous = slot, slot = _next[slot] - 1)
        {
            if (!ReferenceEquals(_items[slot], item) || _hashes[slot] != hash || !key.Equals(_keys[slot]))
            {
                continue;
            }

            if (previous < 0)
            {
                _heads[bucket] = _next[slot];
            }
            else
            {
                _next[previous] = _next[slot];
            }

            if (_tails[bucket] == slot + 1)
            {
                _tails[bucket] = previous + 1;
            }

            _keys[slot] = null;
            _items[slot] = null;
            _next[slot] = _free;
            _free = slot + 1;
            Count--;
            return true;
        }

        return false;
    }

    /// <summary>The items under <paramref name="key"/>, in the order they were added.</summary>
    public Matches Find(object key) => new(this, key);

    /// <summary>A copy of the items under <paramref name="key"/>, for callers that change the index while going through them.</summary>
    public T[] ToArray(object key)
    {
        var count = 0;
        foreach (var _ in Find(key))
        {
            count++;
        }

        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        var i = 0;
        foreach (var item in Find(key))
        {
            items[i++] = item;
        }

        return items;
    }

    private void Link(int slot, uint bucket)
    {
        _next[slot] = 0;
        var tail = _tails[bucket];
        if (tail == 0)
        {
            _heads[bucket] = slot + 1;
        }
        else
        {
            _next[tail - 1] = slot + 1;
        }

        _tails[bucket] = slot + 1;
    }

    private void Grow()
    {
        var oldHeads = _heads;
        var oldNext = _next;
        var capacity = _items.Length == 0 ? InitialCapacity : _items.Length * 2;
        Array.Resize(ref _next, capacity);
        Array.Resize(ref _hashes, capacity);
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _items, capacity);
        _heads = new int[capacity];
        _tails = new int[capacity];

        // Walking each old chain in order keeps the items of one key in the order they were added.
        foreach (var head in oldHeads)
        {
            for (var slot = head - 1; slot >= 0;)
            {
                var following = oldNext[slot] - 1;
                Link(slot, (uint)_hashes[slot] % (uint)capacity);
                slot = following;
            }
        }
    }

    /// <summary>Goes through the items of one key without allocating.</summary>
    public struct Matches
    {
        private readonly KeyIndex<T> _index;
        private readonly object _key;
        private readonly int _hash;
        private int _slot;
        private bool _started;

        internal Matches(KeyIndex<T> index, object key)
        {
            _index = index;
            _key = key;
            _hash = key.GetHashCode();
            _slot = -1;
        }

        public readonly T Current => _index._items[_slot]!;

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            var index = _index;
            if (!_started)
            {
                _started = true;
                if (index.Count == 0)
                {
                    return false;
                }

                _slot = index._heads[(uint)_hash % (uint)index._heads.Length] - 1;
            }
            else
            {
                _slot = index._next[_slot] - 1;
            }

            while (_slot >= 0 && (index._hashes[_slot] != _hash || !_key.Equals(index._keys[_slot])))
            {
                _slot = index._next[_slot] - 1;
            }

            return _slot >= 0;
        }
    }
}
