using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>Match&lt;T&gt; and Query&lt;T&gt; take facts of T including derived types.</summary>
public sealed class DerivedTypeMatchTest
{
    public interface IPriced
    {
        decimal Price { get; }
    }

    public abstract class Asset(string name) : IPriced
    {
        public string Name { get; } = name;

        public abstract decimal Price { get; }
    }

    public sealed class Vehicle(string name, decimal price) : Asset(name)
    {
        public override decimal Price { get; } = price;
    }

    public sealed class Building(string name, decimal price) : Asset(name)
    {
        public override decimal Price { get; } = price;
    }

    public sealed class Service(decimal price) : IPriced
    {
        public decimal Price { get; } = price;
    }

    [Name("Any asset")]
    public sealed class AnyAssetRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Asset asset = null!;
            When().Match(() => asset);
            Then().Do(ctx => log.Add("asset " + asset.Name));
        }
    }

    [Name("Anything priced")]
    public sealed class AnythingPricedRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IPriced priced = null!;
            When().Match(() => priced, p => p.Price > 0m);
            Then().Do(ctx => log.Add("priced " + priced.Price));
        }
    }

    [Name("Only vehicles")]
    public sealed class OnlyVehiclesRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Vehicle vehicle = null!;
            When().Match(() => vehicle);
            Then().Do(ctx => log.Add("vehicle " + vehicle.Name));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_BaseClassPattern_MatchesEveryDerivedFactAndOnlyThem()
    {
        var session = Rules.Session(new AnyAssetRule(_log), new OnlyVehiclesRule(_log));

        session.InsertAll([new Vehicle("van", 10m), new Building("depot", 90m), new Service(5m)]);
        session.Fire();

        Assert.Equal(["asset depot", "asset van", "vehicle van"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_InterfacePattern_MatchesEveryImplementingFact()
    {
        var session = Rules.Session(new AnythingPricedRule(_log));

        session.InsertAll([new Vehicle("van", 10m), new Service(5m), new Service(0m)]);
        session.Fire();

        Assert.Equal(["priced 10", "priced 5"], _log.Entries);
    }

    [Fact]
    public void Query_BaseType_ReturnsDerivedFactsInInsertionOrder()
    {
        var session = Rules.Session(new AnyAssetRule(_log));
        var depot = new Building("depot", 90m);
        var van = new Vehicle("van", 10m);

        session.InsertAll([depot, new Service(5m), van]);

        Assert.Equal<Asset>([depot, van], session.Query<Asset>());
        Assert.Equal(2, session.Query<IPriced>().Count(p => p is Asset));
        Assert.Equal(3, session.Query<IPriced>().Count);
    }

    [Fact]
    public void Query_AfterARetractionFreedASlot_StillReturnsFactsInInsertionOrder()
    {
        var session = Rules.Session(new AnyAssetRule(_log));
        var depot = new Building("depot", 90m);
        var van = new Vehicle("van", 10m);
        var shed = new Building("shed", 5m);
        var truck = new Vehicle("truck", 20m);

        // The truck takes the slot the depot freed, ahead of the van and the shed in working memory's own order.
        session.InsertAll([depot, van, shed]);
        session.Retract(depot);
        session.Insert(truck);

        Assert.Equal<Asset>([van, shed, truck], session.Query<Asset>());
    }
}
