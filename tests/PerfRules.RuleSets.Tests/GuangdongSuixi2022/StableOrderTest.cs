using PerfRules.Facts;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

public sealed class StableOrderTest
{
    /// <summary>
    /// Budget lines ordered by name only, with many equal names told apart by their budgets: the order must be LINQ's
    /// stable one, below the insertion-sort limit and above it (thousands of lines in no order).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(StableOrder.InsertionSortLimit)]
    [InlineData(StableOrder.InsertionSortLimit + 1)]
    [InlineData(5000)]
    public void Sorted_orders_as_linq_does_and_keeps_equal_items_in_their_given_order(int count)
    {
        var random = new Random(count);
        var lines = Enumerable.Range(0, count)
            .Select(i => new BudgetLineItem($"项目{random.Next(0, Math.Max(1, count / 4))}", i, null, i))
            .ToList();

        var sorted = StableOrder.Sorted(lines, StableOrder.BudgetLines);

        Assert.Equal(lines.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => l.Budget), sorted.Select(l => l.Budget));
    }

    [Fact]
    public void Sorted_returns_a_list_already_in_order_as_it_is()
    {
        IReadOnlyList<BudgetLineItem> lines = [new("a", 1m, null, 1m), new("b", 2m, null, 2m)];

        Assert.Same(lines, StableOrder.Sorted(lines, StableOrder.BudgetLines));
    }
}
