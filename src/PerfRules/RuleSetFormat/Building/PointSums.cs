namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Sums of weights and points while a document is built. A loop rather than LINQ's <c>Sum</c> over decimals, whose generic
/// code is compiled anew (JIT) in every process that loads a document; this one is precompiled with the library.
/// </summary>
internal static class PointSums
{
    /// <summary>The sum of <paramref name="points"/> over <paramref name="items"/>.</summary>
    public static decimal Of<T>(IEnumerable<T> items, Func<T, decimal> points)
        where T : class
    {
        var sum = 0m;
        foreach (var item in items)
        {
            sum += points(item);
        }

        return sum;
    }
}
