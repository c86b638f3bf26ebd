using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// Lists of facts kept in insertion order (by <see cref="FactHandle.Sequence"/>), so that an aggregate's result does not
/// depend on the order in which the network happened to deliver its facts. Lookups are binary searches.
/// </summary>
internal static class SortedFacts
{
    public static bool Contains(List<FactHandle> items, FactHandle fact) => Find(items, fact) >= 0;

    public static bool Add(List<FactHandle> items, FactHandle fact)
    {
        if (items.Count == 0 || items[^1].Sequence < fact.Sequence)
        {
            items.Add(fact);
            return true;
        }

        var index = Find(items, fact);
        if (index >= 0)
        {
            return false;
        }

        items.Insert(~index, fact);
        return true;
    }

    public static bool Remove(List<FactHandle> items, FactHandle fact)
    {
        var index = Find(items, fact);
        if (index < 0)
        {
            return false;
        }

        items.RemoveAt(index);
        return true;
    }

    private static int Find(List<FactHandle> items, FactHandle fact)
    {
        int low = 0, high = items.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var sequence = items[middle].Sequence;
            if (sequence == fact.Sequence)
            {
                return middle;
            }

            if (sequence < fact.Sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
