using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine.Stress;

/// <summary>
/// One of the 100 stress rules: three patterns joined on equality, an order of one channel with its customer
/// (<c>c.Id == order.CustomerId</c>) and its product (<c>p.Id == order.ProductId</c>) when the product is of one category.
/// With 10 channels and 10 categories, every order matches exactly one of the 100 rules.
/// </summary>
internal sealed class OrderRule(int channel, int category) : Rule
{
    public const int Channels = 10;

    public const int Categories = 10;

    public override string Name => $"Order rule, channel {channel}, category {category}";

    /// <summary>The 100 rules, one per channel and category.</summary>
    public static OrderRule[] All() =>
        [.. Enumerable.Range(0, Channels * Categories).Select(i => new OrderRule(i % Channels, i / Channels))];

    public override void Define()
    {
        // Copied to locals so the conditions capture values, as a rule author's closures would.
        var wantedChannel = channel;
        var wantedCategory = category;
        Order order = null!;
        Customer customer = null!;
        Product product = null!;
        When()
            .Match(() => order, o => o.Channel == wantedChannel)
            .Match(() => customer, c => c.Id == order.CustomerId)
            .Match(() => product, p => p.Id == order.ProductId, p => p.Category == wantedCategory);
        Then()
            .Do(ctx => RuleActions.Nothing());
    }
}
