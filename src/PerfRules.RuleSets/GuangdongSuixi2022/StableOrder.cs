using PerfRules.Facts;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// The stable orders the rules put their facts in before scoring, so a result never depends on the order the facts were
/// inserted in. The comparers are built once: a rule fires on every evaluation, and LINQ's OrderBy/ThenBy chains
/// allocated their key selectors, key arrays and iterators each time.
/// </summary>
internal static class StableOrder
{
    /// <summary>Checklist answers by item, then answer (not met first), then note.</summary>
    public static readonly IComparer<ChecklistAnswer> Answers = Comparer<ChecklistAnswer>.Create(static (x, y) =>
    {
        var byItem = string.CompareOrdinal(x.Item, y.Item);
        if (byItem != 0)
        {
            return byItem;
        }

        var byMet = x.Met.CompareTo(y.Met);
        return byMet != 0 ? byMet : string.CompareOrdinal(x.Note, y.Note);
    });

    /// <summary>Evaluator findings by reason (Chinese), then points, then evidence.</summary>
    public static readonly IComparer<EvaluatorFinding> Findings = Comparer<EvaluatorFinding>.Create(static (x, y) =>
    {
        var byReason = string.CompareOrdinal(x.Reason?.Chinese, y.Reason?.Chinese);
        if (byReason != 0)
        {
            return byReason;
        }

        var byPoints = x.Points.CompareTo(y.Points);
        // The evidence is compared as one joined text, which orders lists differently from item by item when an item
        // holds a control character; joining only on a tie keeps that order without joining on every comparison.
        return byPoints != 0 ? byPoints : string.CompareOrdinal(string.Join("\u001f", x.Evidence), string.Join("\u001f", y.Evidence));
    });

    /// <summary>
    /// The items in the order <paramref name="order"/> gives, items it finds equal kept in their given order (as LINQ's
    /// OrderBy keeps them). Returns <paramref name="items"/> itself when it is already in order.
    /// </summary>
    /// <remarks>An insertion sort: a rule sorts the handful of facts of one indicator, usually already in order.</remarks>
    public static IReadOnlyList<T> Sorted<T>(IReadOnlyList<T> items, IComparer<T> order)
    {
        if (IsSorted(items, order))
        {
            return items;
        }

        var sorted = new T[items.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && order.Compare(sorted[j], item) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = item;
        }

        return sorted;
    }

    private static bool IsSorted<T>(IReadOnlyList<T> items, IComparer<T> order)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (order.Compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
