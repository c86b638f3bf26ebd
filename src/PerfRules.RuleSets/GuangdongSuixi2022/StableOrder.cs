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

    /// <summary>Disclosures by kind, then approval date, then publication date (unknown dates first).</summary>
    public static readonly IComparer<Disclosure> Disclosures = Comparer<Disclosure>.Create(static (x, y) =>
        First(By(x.Kind, y.Kind), By(x.ApprovedOn, y.ApprovedOn), By(x.PublishedOn, y.PublishedOn)));

    /// <summary>Transfer payments by name, then due date (unknown first), then amount.</summary>
    public static readonly IComparer<TransferPayment> TransferPayments = Comparer<TransferPayment>.Create(static (x, y) =>
        First(string.CompareOrdinal(x.Name, y.Name), By(x.DueDate, y.DueDate), By(x.Amount, y.Amount)));

    /// <summary>Idle treasury funds by year-end, then amount.</summary>
    public static readonly IComparer<IdleTreasuryFunds> IdleFunds = Comparer<IdleTreasuryFunds>.Create(static (x, y) =>
        First(By(x.YearEnd, y.YearEnd), By(x.Amount, y.Amount)));

    /// <summary>Budget lines by name.</summary>
    public static readonly IComparer<BudgetLineItem> BudgetLines = Comparer<BudgetLineItem>.Create(static (x, y) =>
        string.CompareOrdinal(x.Name, y.Name));

    /// <summary>External assessments by name, then score (none first), then tier.</summary>
    public static readonly IComparer<ExternalAssessment> Assessments = Comparer<ExternalAssessment>.Create(static (x, y) =>
        First(string.CompareOrdinal(x.Name, y.Name), By(x.Score, y.Score), string.CompareOrdinal(x.Tier, y.Tier)));

    /// <summary>Target counts by scope, then targets planned, then achieved.</summary>
    public static readonly IComparer<TargetAchievement> TargetCounts = Comparer<TargetAchievement>.Create(static (x, y) =>
        First(By(x.Scope, y.Scope), By(x.Planned, y.Planned), By(x.Achieved, y.Achieved)));

    /// <summary>Project counts by projects budgeted, then completed on time.</summary>
    public static readonly IComparer<ProjectTimeliness> ProjectCounts = Comparer<ProjectTimeliness>.Create(static (x, y) =>
        First(By(x.Budgeted, y.Budgeted), By(x.CompletedOnTime, y.CompletedOnTime)));

    /// <summary>Stated rates by part, then rate.</summary>
    public static readonly IComparer<StatedRate> StatedRates = Comparer<StatedRate>.Create(static (x, y) =>
        First(string.CompareOrdinal(x.Part, y.Part), By(x.Rate, y.Rate)));

    /// <summary>Up to how many items <see cref="Sorted"/> sorts by insertion.</summary>
    internal const int InsertionSortLimit = 32;

    /// <summary>
    /// The items in the order <paramref name="order"/> gives, items it finds equal kept in their given order (as LINQ's
    /// OrderBy keeps them). Returns <paramref name="items"/> itself when it is already in order.
    /// </summary>
    /// <remarks>
    /// An insertion sort for the handful of facts a rule usually sorts, often already in order; past
    /// <see cref="InsertionSortLimit"/> items LINQ's stable sort, since an insertion sort of thousands of findings in
    /// no order would cost time quadratic in their number.
    /// </remarks>
    public static IReadOnlyList<T> Sorted<T>(IReadOnlyList<T> items, IComparer<T> order)
    {
        if (IsSorted(items, order))
        {
            return items;
        }

        if (items.Count > InsertionSortLimit)
        {
            return [.. items.Order(order)];
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

    // The default comparer of the key's type, as LINQ's OrderBy uses: enums by value, null before any value.
    private static int By<TKey>(TKey x, TKey y) => Comparer<TKey>.Default.Compare(x, y);

    // The first comparison that tells the two apart: a key, then the next, as OrderBy(...).ThenBy(...) orders.
    private static int First(int first, int second, int third = 0) => first != 0 ? first : second != 0 ? second : third;
}
