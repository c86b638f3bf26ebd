using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>Sales grouped by region: one match per region, kept right as sales come, go and move between regions.</summary>
public sealed class GroupSalesByRegionTest
{
    public sealed class Sale(int id, string region)
    {
        public int Id { get; } = id;

        public string Region { get; set; } = region;

        public override string ToString() => $"Sale#{Id}@{Region}";
    }

    public static string Describe(IGrouping<string, Sale> group) =>
        group.Key + ":[" + string.Join(",", group.Select(s => s.Id).Order()) + "]";

    [Name("Sales by region")]
    public sealed class SalesByRegionRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Sale> region = null!;

            When()
                .GroupBy(() => region, (Sale s) => s.Region);
            Then()
                .Do(ctx => log.Add(Describe(region)));
        }
    }

    [Name("Busy region")]
    public sealed class BusyRegionRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            IGrouping<string, Sale> region = null!;

            When()
                .GroupBy(() => region, (Sale s) => s.Region)
                .Where(g => g.Count() >= 2);
            Then()
                .Do(ctx => log.Add("busy " + Describe(region)));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_SalesInTwoRegions_OneFiringPerRegionInOrderOfFirstFact()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        var recorder = new FiringRecorder(session);

        session.InsertAll([new Sale(1, "North"), new Sale(2, "North"), new Sale(3, "South")]);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["North:[1,2]", "South:[3]"], _log.Entries);
        Assert.Equal(["Sales by region", "Sales by region"], recorder.RuleNames);
        var north = Assert.IsAssignableFrom<IGrouping<string, Sale>>(Assert.Single(recorder.Firings[0].Facts));
        Assert.Equal("North", north.Key);
    }

    [Fact]
    public void Fire_NoSales_NoGroupAndNoFiring()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));

        Assert.Equal(0, session.Fire());
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void Fire_GroupConditionOnCount_OnlyGroupsThatPassFire()
    {
        var session = Rules.Session(new BusyRegionRule(_log));

        session.InsertAll([new Sale(1, "North"), new Sale(2, "South"), new Sale(3, "North")]);
        session.Fire();

        Assert.Equal(["busy North:[1,3]"], _log.Entries);
    }

    [Fact]
    public void Fire_SaleAddedToOneGroup_OnlyThatGroupRefires()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        session.InsertAll([new Sale(1, "North"), new Sale(2, "South")]);
        session.Fire();
        _log.Take();

        session.Insert(new Sale(3, "South"));
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["South:[2,3]"], _log.Entries);
    }

    [Fact]
    public void Fire_GroupLosesItsLastFact_GroupDisappears()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        var deleted = new List<string>();
        session.ActivationDeleted += (_, e) => deleted.Add(Describe((IGrouping<string, Sale>)e.Facts[0]));
        var south = new Sale(3, "South");
        session.InsertAll([new Sale(1, "North"), south]);
        session.Fire();
        _log.Take();

        session.Retract(south);

        Assert.Equal(0, session.Fire());
        Assert.Empty(_log.Entries);
        Assert.Single(deleted);
        Assert.StartsWith("South:", deleted[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_GroupEmptiedThenRefilled_FiresAsANewGroup()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        var first = new Sale(1, "North");
        session.Insert(first);
        session.Fire();
        _log.Take();

        session.Retract(first);
        session.Fire();
        session.Insert(new Sale(2, "North"));
        session.Fire();

        Assert.Equal(["North:[2]"], _log.Entries);
    }

    [Fact]
    public void Fire_SaleMovesToAnExistingRegion_BothGroupsRefire()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        var moving = new Sale(2, "North");
        session.InsertAll([new Sale(1, "North"), moving, new Sale(3, "South")]);
        session.Fire();
        _log.Take();

        moving.Region = "South";
        session.Update(moving);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["North:[1]", "South:[2,3]"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_OnlySaleMovesToANewRegion_OldGroupGoneNewGroupFires()
    {
        var session = Rules.Session(new SalesByRegionRule(_log));
        var moving = new Sale(1, "North");
        session.Insert(moving);
        session.Fire();
        _log.Take();

        moving.Region = "East";
        session.Update(moving);
        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["East:[1]"], _log.Entries);
    }
}
