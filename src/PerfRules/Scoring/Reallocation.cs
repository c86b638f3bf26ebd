using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// Moves the points of items that do not apply to items that do, and gives the effective weights (调整后分值). The
/// Suixi department manages no transfer payments, so the 2 points of 资金下达合法性's transfer part go to 支出完成率,
/// whose 3-of-4 becomes 3/4 × 6 = 4.5; in 预算编制规范性 item 3's 2 points are spread evenly over items 1 and 2.
/// </summary>
/// <remarks>
/// <para>Items are keyed by any name the rule set likes (an indicator code, or a code and part). Each step returns a
/// new reallocation, so steps chain: <c>new Reallocation(...).MoveTo("a", "b").SpreadEvenly("c")</c>. The total of
/// the weights never changes.</para>
/// <para>Spreading evenly: each receiver gets the same share rounded down to 0.01 point; what rounding leaves over
/// goes to the first receiver in the order given. 2 points over 3 items gives 0.68, 0.66, 0.66.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Reallocation
{
    private readonly Dictionary<string, decimal> _original;
    private readonly Dictionary<string, decimal> _effective;
    private readonly HashSet<string> _inapplicable;

    /// <summary>Starts from the table weights.</summary>
    /// <param name="items">Each item's key and table weight, in the table's order; keys unique, weights not negative.</param>
    /// <exception cref="ArgumentException">There is no item, a key is blank or repeated, or a weight is negative.</exception>
    public Reallocation(params IEnumerable<(string Key, decimal Weight)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A reallocation needs at least one item.", nameof(items));
        }

        _original = new Dictionary<string, decimal>(list.Count, StringComparer.Ordinal);
        var keys = new string[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (key, weight) = list[i];
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(items));
            if (weight < 0m)
            {
                throw new ArgumentException($"The weight of '{key}' is negative: {weight}.", nameof(items));
            }

            if (!_original.TryAdd(key, weight))
            {
                throw new ArgumentException($"The item '{key}' is given twice.", nameof(items));
            }

            keys[i] = key;
        }

        Keys = EquatableList<string>.Own(keys);
        _effective = new Dictionary<string, decimal>(_original, StringComparer.Ordinal);
        _inapplicable = new HashSet<string>(StringComparer.Ordinal);
        Transfers = EquatableList<WeightTransfer>.Empty;
    }

    private Reallocation(Reallocation previous, string inapplicable, IReadOnlyList<WeightTransfer> transfers)
    {
        Keys = previous.Keys;
        _original = previous._original;
        _effective = new Dictionary<string, decimal>(previous._effective, StringComparer.Ordinal) { [inapplicable] = 0m };
        for (var i = 0; i < transfers.Count; i++)
        {
            _effective[transfers[i].To] += transfers[i].Points;
        }

        _inapplicable = new HashSet<string>(previous._inapplicable, StringComparer.Ordinal) { inapplicable };
        var all = new WeightTransfer[previous.Transfers.Count + transfers.Count];
        for (var i = 0; i < previous.Transfers.Count; i++)
        {
            all[i] = previous.Transfers[i];
        }

        for (var i = 0; i < transfers.Count; i++)
        {
            all[previous.Transfers.Count + i] = transfers[i];
        }

        Transfers = EquatableList<WeightTransfer>.Own(all);
    }

    /// <summary>The item keys, in the order given.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Every transfer so far, in order.</summary>
    public IReadOnlyList<WeightTransfer> Transfers { get; }

    /// <summary>The effective weight of every item, in key order; 0 for an item that does not apply.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> EffectiveWeights =>
        [.. Keys.Select(k => new KeyValuePair<string, decimal>(k, _effective[k]))];

    /// <summary>The table weight of an item.</summary>
    /// <param name="key">The item's key.</param>
    /// <returns>Its weight before reallocation.</returns>
    /// <exception cref="ArgumentException">No item has that key.</exception>
    public decimal OriginalWeight(string key) => _original[Known(key)];

    /// <summary>The effective weight of an item: its own points plus what it received, or 0 when it does not apply.</summary>
    /// <param name="key">The item's key.</param>
    /// <returns>Its weight after reallocation.</returns>
    /// <exception cref="ArgumentException">No item has that key.</exception>
    public decimal EffectiveWeight(string key) => _effective[Known(key)];

    /// <summary>Whether an item still applies.</summary>
    /// <param name="key">The item's key.</param>
    /// <returns><see langword="false"/> once its points were moved away.</returns>
    /// <exception cref="ArgumentException">No item has that key.</exception>
    public bool IsApplicable(string key) => !_inapplicable.Contains(Known(key));

    /// <summary>Marks <paramref name="from"/> as not applicable and gives all its points to <paramref name="to"/>.</summary>
    /// <param name="from">The item that does not apply.</param>
    /// <param name="to">The item that receives its points; must still apply.</param>
    /// <returns>The new reallocation.</returns>
    /// <exception cref="ArgumentException">A key is unknown, the items are the same, <paramref name="from"/> was already moved, or <paramref name="to"/> does not apply.</exception>
    public Reallocation MoveTo(string from, string to)
    {
        CheckMovable(from);
        CheckReceiver(from, to);
        return new Reallocation(this, from, [new WeightTransfer(from, to, _effective[from])]);
    }

    /// <summary>Marks <paramref name="from"/> as not applicable and spreads its points evenly (see the remarks for the remainder).</summary>
    /// <param name="from">The item that does not apply.</param>
    /// <param name="among">The receivers, in order; none given means every other item that still applies.</param>
    /// <returns>The new reallocation.</returns>
    /// <exception cref="ArgumentException">A key is unknown or repeated, <paramref name="from"/> was already moved, or a receiver does not apply (or there is none).</exception>
    public Reallocation SpreadEvenly(string from, params IEnumerable<string> among)
    {
        CheckMovable(from);
        var receivers = (among ?? []).ToList();
        if (receivers.Count == 0)
        {
            receivers = [.. Keys.Where(k => k != from && !_inapplicable.Contains(k))];
            if (receivers.Count == 0)
            {
                throw new ArgumentException($"No other item applies, so the points of '{from}' have nowhere to go.", nameof(among));
            }
        }

        if (receivers.Distinct(StringComparer.Ordinal).Count() != receivers.Count)
        {
            throw new ArgumentException("A receiver is named twice.", nameof(among));
        }

        foreach (var receiver in receivers)
        {
            CheckReceiver(from, receiver);
        }

        var points = _effective[from];
        var share = Math.Round(points / receivers.Count, 2, MidpointRounding.ToZero);
        var remainder = points - (share * receivers.Count);
        var transfers = new List<WeightTransfer>(receivers.Count);
        for (var i = 0; i < receivers.Count; i++)
        {
            var transfer = new WeightTransfer(from, receivers[i], i == 0 ? share + remainder : share);
            if (transfer.Points > 0m)
            {
                transfers.Add(transfer);
            }
        }

        return new Reallocation(this, from, transfers);
    }

    /// <summary>
    /// Scales a score earned out of an item's table weight to its effective weight: 支出完成率 scored 3 of 4 and worth 6
    /// after reallocation gives 3 × 6 / 4 = 4.5. The result is exact; round it with <see cref="ScoreRounding"/>.
    /// </summary>
    /// <param name="key">The item's key.</param>
    /// <param name="scoreOutOfTableWeight">The score out of the table weight.</param>
    /// <returns>The score out of the effective weight.</returns>
    /// <exception cref="ArgumentException">The key is unknown.</exception>
    /// <exception cref="InvalidOperationException">The item does not apply, or its table weight is 0.</exception>
    public decimal Rescale(string key, decimal scoreOutOfTableWeight)
    {
        var original = OriginalWeight(key);
        if (_inapplicable.Contains(key))
        {
            throw new InvalidOperationException($"The item '{key}' does not apply, so it has no score to rescale.");
        }

        if (original == 0m)
        {
            throw new InvalidOperationException($"The item '{key}' has a table weight of 0, so a score out of it cannot be rescaled.");
        }

        return scoreOutOfTableWeight * _effective[key] / original;
    }

    private string Known(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _original.ContainsKey(key)
            ? key
            : throw new ArgumentException($"Unknown item '{key}'; known: {string.Join(", ", Keys)}.", nameof(key));
    }

    private void CheckMovable(string from)
    {
        if (_inapplicable.Contains(Known(from)))
        {
            throw new ArgumentException($"The points of '{from}' were already moved.", nameof(from));
        }
    }

    private void CheckReceiver(string from, string to)
    {
        if (Known(to) == from)
        {
            throw new ArgumentException($"The item '{from}' cannot give its points to itself.", nameof(to));
        }

        if (_inapplicable.Contains(to))
        {
            throw new ArgumentException($"The item '{to}' does not apply, so it cannot receive points.", nameof(to));
        }
    }
}
