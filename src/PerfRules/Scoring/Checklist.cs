using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// Items worth fixed points, each met or not (逐项计分), e.g. 预算编制合理性: three items, 1 point each. The score is the
/// sum of the points of the items met.
/// </summary>
/// <remarks>
/// Every item must be answered, and only the items of the checklist: an unanswered item is missing data, not a
/// silent "not met". Immutable and thread-safe.
/// </remarks>
public sealed class Checklist
{
    /// <summary>Creates a checklist.</summary>
    /// <param name="items">The items, at least one, keys unique, in the criteria's order.</param>
    /// <exception cref="ArgumentException">There is no item, or two items share a key.</exception>
    public Checklist(params IEnumerable<ChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = EquatableList<ChecklistItem>.From(items);
        if (Items.Count == 0)
        {
            throw new ArgumentException("A checklist needs at least one item.", nameof(items));
        }

        var duplicates = Items.GroupBy(i => i.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"Checklist item keys must be unique; repeated: {string.Join(", ", duplicates)}.", nameof(items));
        }

        PointsAvailable = Items.Sum(i => i.Points);
    }

    /// <summary>The items, in the order given.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>The points all items together are worth.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>Scores the answers.</summary>
    /// <param name="answers">Whether each item is met, by item key; every item must be answered.</param>
    /// <returns>Every item with its answer, and the score.</returns>
    /// <exception cref="ArgumentException">An item is unanswered or an answer names no item (the message lists them all).</exception>
    public ChecklistResult Evaluate(IReadOnlyDictionary<string, bool> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = 0;
        var results = new ChecklistItemResult[Items.Count];
        for (var i = 0; i < results.Length; i++)
        {
            if (answers.TryGetValue(Items[i].Key, out var met))
            {
                results[i] = new ChecklistItemResult(Items[i], met);
                answered++;
            }
        }

        if (answered < Items.Count || !AllAreItemKeys(answers.Keys))
        {
            throw new ArgumentException("The checklist answers do not fit its items: " + Mismatch(answers) + ".", nameof(answers));
        }

        return new ChecklistResult(PointsAvailable, results);
    }

    private bool AllAreItemKeys(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!IsItemKey(key))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsItemKey(string key)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private string Mismatch(IReadOnlyDictionary<string, bool> answers)
    {
        var missing = Items.Where(i => !answers.ContainsKey(i.Key)).Select(i => i.Key).ToList();
        var unknown = answers.Keys.Where(k => !IsItemKey(k)).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"no answer for item(s) {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"answer(s) for unknown item(s) {string.Join(", ", unknown)}");
        }

        return string.Join("; ", problems);
    }
}
