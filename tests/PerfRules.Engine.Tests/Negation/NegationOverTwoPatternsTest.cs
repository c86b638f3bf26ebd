using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Negation;

/// <summary>
/// Not and Exists whose conditions use two earlier patterns: "customer has (not) bought product". One match per
/// (customer, product) pair, flipping as purchases come, move and go.
/// </summary>
public sealed class NegationOverTwoPatternsTest
{
    public sealed class Product(string name)
    {
        public string Name { get; } = name;

        public override string ToString() => Name;
    }

    public sealed class Purchase(int customerId, string product)
    {
        public int CustomerId { get; set; } = customerId;

        public string Product { get; set; } = product;

        public override string ToString() => $"Purchase({CustomerId},{Product})";
    }

    [Name("Not bought")]
    public sealed class NotBoughtRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Product product = null!;
            When()
                .Match(() => customer)
                .Match(() => product)
                .Not<Purchase>(p => p.CustomerId == customer.Id, p => p.Product == product.Name);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Bought")]
    public sealed class BoughtRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Product product = null!;
            When()
                .Match(() => customer)
                .Match(() => product)
                .Exists<Purchase>(p => p.CustomerId == customer.Id && p.Product == product.Name);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    private static string[] Pairs(ISession session, string rule) =>
        ((EngineSession)session).LiveActivations()
            .Where(a => a.Rule.Name == rule)
            .Select(a => a.Facts()[0] + "/" + a.Facts()[1])
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static ISession NewSession()
    {
        var session = Rules.Session(new NotBoughtRule(), new BoughtRule());
        session.InsertAll([new Customer(1), new Customer(2), new Product("tea"), new Product("rice")]);
        return session;
    }

    [Fact]
    public void Insert_NoPurchases_EveryPairNotBoughtNoneBought()
    {
        var session = NewSession();

        Assert.Equal(["Customer#1/rice", "Customer#1/tea", "Customer#2/rice", "Customer#2/tea"], Pairs(session, "Not bought"));
        Assert.Empty(Pairs(session, "Bought"));
    }

    [Fact]
    public void Insert_OnePurchase_OnlyThatPairFlips()
    {
        var session = NewSession();

        session.Insert(new Purchase(1, "tea"));

        Assert.Equal(["Customer#1/rice", "Customer#2/rice", "Customer#2/tea"], Pairs(session, "Not bought"));
        Assert.Equal(["Customer#1/tea"], Pairs(session, "Bought"));
    }

    [Fact]
    public void Fire_TwoPurchasesOfThePair_ExistsFiresOnceAndStaysUntilTheLastGoes()
    {
        var session = NewSession();
        var recorder = new FiringRecorder(session);
        Purchase first = new(1, "tea"), second = new(1, "tea");
        session.InsertAll([first, second]);
        session.Fire();
        Assert.Single(recorder.Take(), f => f.Rule == "Bought");

        session.Retract(first);
        Assert.Equal(["Customer#1/tea"], Pairs(session, "Bought"));
        Assert.Equal(0, session.Fire());

        session.Retract(second);
        Assert.Empty(Pairs(session, "Bought"));
        Assert.Contains("Customer#1/tea", Pairs(session, "Not bought"));
    }

    [Fact]
    public void Update_PurchaseMovesToAnotherCustomerAndProduct_BothPairsFlip()
    {
        var session = NewSession();
        var purchase = new Purchase(1, "tea");
        session.Insert(purchase);
        session.Fire();

        purchase.CustomerId = 2;
        purchase.Product = "rice";
        session.Update(purchase);

        Assert.Equal(["Customer#2/rice"], Pairs(session, "Bought"));
        Assert.Equal(["Customer#1/rice", "Customer#1/tea", "Customer#2/tea"], Pairs(session, "Not bought"));
    }

    [Fact]
    public void Update_PurchaseChangesOnlyOneOfTheTwoKeys_MatchesFollow()
    {
        var session = NewSession();
        var purchase = new Purchase(1, "tea");
        session.Insert(purchase);

        purchase.Product = "rice";
        session.Update(purchase);

        Assert.Equal(["Customer#1/rice"], Pairs(session, "Bought"));
        Assert.Equal(["Customer#1/tea", "Customer#2/rice", "Customer#2/tea"], Pairs(session, "Not bought"));
    }
}
