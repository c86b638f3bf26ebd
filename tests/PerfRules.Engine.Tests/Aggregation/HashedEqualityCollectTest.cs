using PerfRules.Engine.Rete;
using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>
/// A collect whose condition is an equality between the collected fact and the match (<c>i.Key == group.Key</c>) hashes
/// both memories on the key, as an equality join does: an item meets only the groups with its key and a group only the
/// items with its. The collections must be exactly those of the same condition tested pair by pair (here written as
/// <c>Equals(i.Key, group.Key)</c>, which is not split into a key) and of a plain C# model, in insertion order, through
/// inserts, updates that move items and groups between keys, retractions and null keys.
/// </summary>
public sealed class HashedEqualityCollectTest
{
    private const string Hashed = "Items of group, by equality";
    private const string Scanned = "Items of group, by Equals";

    public sealed class Group(int id, int? key)
    {
        public int Id { get; } = id;

        public int? Key { get; set; } = key;

        public override string ToString() => $"Group#{Id}";
    }

    public sealed class Item(int id, int? key)
    {
        public int Id { get; } = id;

        public int? Key { get; set; } = key;

        public override string ToString() => $"Item#{Id}";
    }

    [Name(Hashed)]
    public sealed class HashedRule : Rule
    {
        public override void Define()
        {
            Group group = null!;
            IReadOnlyList<Item> items = null!;
            When()
                .Match(() => group)
                .Collect(() => items, i => i.Key == group.Key);
            Then()
                .Do(ctx => Ignore(group));
        }
    }

    [Name(Scanned)]
    public sealed class ScannedRule : Rule
    {
        public override void Define()
        {
            Group group = null!;
            IReadOnlyList<Item> items = null!;
            When()
                .Match(() => group)
                .Collect(() => items, i => Equals(i.Key, group.Key));
            Then()
                .Do(ctx => Ignore(group));
        }
    }

    [Name("Item count per key, by equality")]
    public sealed class HashedGroupByRule : Rule
    {
        public override void Define()
        {
            Group group = null!;
            IGrouping<int, Item> byId = null!;
            When()
                .Match(() => group)
                .GroupBy(() => byId, i => i.Id % 2, i => i.Key == group.Key);
            Then()
                .Do(ctx => Ignore(group));
        }
    }

    /// <summary>The rules' action: these tests read the live activations, not what the rules do.</summary>
    private static void Ignore(Group group) => GC.KeepAlive(group);

    /// <summary>Each live group's collection under one rule, as "group:[item,item]", by group id.</summary>
    private static string[] Collections(ISession session, string rule) =>
        ((EngineSession)session).LiveActivations()
            .Where(a => a.Rule.Name == rule)
            .Select(a => a.Facts())
            .Select(f => ((Group)f[0]).Id + ":[" + string.Join(",", ((IReadOnlyList<Item>)f[1]).Select(i => i.Id)) + "]")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>What the collections must be: for each group, the items of its key in the order they were inserted.</summary>
    private static string[] Expected(IEnumerable<Group> groups, IEnumerable<Item> itemsInInsertionOrder) =>
        groups
            .Select(g => g.Id + ":[" + string.Join(",", itemsInInsertionOrder.Where(i => i.Key == g.Key).Select(i => i.Id)) + "]")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static void AssertSameCollections(ISession session, IEnumerable<Group> groups, IEnumerable<Item> items)
    {
        var expected = Expected(groups, items);
        Assert.Equal(expected, Collections(session, Hashed));
        Assert.Equal(expected, Collections(session, Scanned));
    }

    private static long AggregateEvaluations(ISession session) => ((EngineSession)session).Statistics.AggregateEvaluations;

    /// <summary>The collect or group-by nodes of a compiled network, found by walking it from its root.</summary>
    private static List<AggregateNode> AggregateNodes(ISessionFactory factory)
    {
        var found = new List<AggregateNode>();
        var pending = new Stack<LeftSink>(((ReteNetwork)factory).RootSinks);
        while (pending.TryPop(out var sink))
        {
            if (sink is AggregateNode aggregate)
            {
                found.Add(aggregate);
            }

            if (sink is BetaNode beta)
            {
                foreach (var child in beta.Children)
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    [Fact]
    public void Compile_EqualityCondition_CollectIsKeyedAndTheEqualsFormIsNot()
    {
        var collects = AggregateNodes(Rules.Compile(new HashedRule(), new ScannedRule(), new HashedGroupByRule()));

        Assert.Equal(3, collects.Count);
        var hashed = Assert.Single(collects, c => c.Key is not null && c is CollectNode<Item>);
        Assert.Empty(hashed.Conditions);
        Assert.Equal("i => (i.Key == group.Key)", hashed.Key!.Text);
        Assert.Single(collects, c => c.Key is null && c.Conditions.Length == 1);
        Assert.Single(collects, c => c.Key is not null && c is GroupByNode<int, Item>);
    }

    [Fact]
    public void Fire_ThousandGroupsAndItems_EqualityCollectTestsAboutOnePairPerFact()
    {
        const int n = 1_000;
        var session = Rules.Session(new HashedRule());
        var groups = Enumerable.Range(0, n).Select(i => new Group(i, i)).ToArray();
        var items = Enumerable.Range(0, n).Reverse().Select(i => new Item(10_000 + i, i)).ToArray();

        session.InsertAll(groups.Take(n / 2));
        session.InsertAll(items);
        session.InsertAll(groups.Skip(n / 2));

        // Each item meets the one group of its key, each late group the one item of its key: a scan would test n * n / 2.
        Assert.InRange(AggregateEvaluations(session), n, 2 * n);
        Assert.Equal(Expected(groups, items), Collections(session, Hashed));
    }

    [Fact]
    public void Fire_ThousandGroupsAndItems_EqualsFormScansEveryPair()
    {
        const int n = 1_000;
        var session = Rules.Session(new ScannedRule());

        session.InsertAll(Enumerable.Range(0, n).Select(i => new Group(i, i)));
        session.InsertAll(Enumerable.Range(0, n).Select(i => new Item(10_000 + i, i)));

        Assert.True(AggregateEvaluations(session) >= (long)n * n, $"expected at least {n * n} pair tests, was {AggregateEvaluations(session)}");
    }

    [Fact]
    public void Insert_ItemsOfSeveralKeysInAnyOrder_EachGroupCollectsItsKeyInInsertionOrder()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        Group[] groups = [new(1, 1), new(2, 2), new(3, 3)];
        Item[] items = [new(30, 3), new(10, 1), new(11, 1), new(20, 2), new(12, 1), new(99, 9)];

        session.Insert(groups[0]);
        session.InsertAll(items[..3]);
        session.InsertAll(groups[1..]);
        session.InsertAll(items[3..]);

        Assert.Equal(["1:[10,11,12]", "2:[20]", "3:[30]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void Update_ItemKeyChanges_ItemMovesToTheOtherGroupAtItsInsertionPlace()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        Group[] groups = [new(1, 1), new(2, 2)];
        Item[] items = [new(10, 1), new(20, 2), new(11, 1), new(21, 2)];
        session.InsertAll(groups);
        session.InsertAll(items);

        items[0].Key = 2;
        session.Update(items[0]);

        Assert.Equal(["1:[11]", "2:[10,20,21]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        items[0].Key = 7;
        session.Update(items[0]);
        Assert.Equal(["1:[11]", "2:[20,21]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        items[0].Key = 1;
        session.Update(items[0]);
        Assert.Equal(["1:[10,11]", "2:[20,21]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void Update_ItemKeyChangesAmongHundredGroups_OnlyTheGroupOfItsNewKeyTestsIt()
    {
        var session = Rules.Session(new HashedRule());
        session.InsertAll(Enumerable.Range(0, 100).Select(i => new Group(i, i)));
        var item = new Item(1_000, 1);
        session.Insert(item);
        var before = AggregateEvaluations(session);

        item.Key = 50;
        session.Update(item);

        // The group of its old key lets it go without a test; the group of its new key tests it once.
        Assert.Equal(1, AggregateEvaluations(session) - before);
        Assert.Contains("50:[1000]", Collections(session, Hashed));
        Assert.Contains("1:[]", Collections(session, Hashed));
    }

    [Fact]
    public void Update_GroupKeyChanges_GroupCollectsTheItemsOfItsNewKey()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        Group[] groups = [new(1, 1), new(2, 2)];
        Item[] items = [new(10, 1), new(20, 2), new(30, 3), new(21, 2)];
        session.InsertAll(groups);
        session.InsertAll(items);

        groups[0].Key = 2;
        session.Update(groups[0]);
        Assert.Equal(["1:[20,21]", "2:[20,21]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        groups[0].Key = 3;
        session.Update(groups[0]);
        Assert.Equal(["1:[30]", "2:[20,21]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void Update_KeyUnchanged_ItemStaysInItsGroup()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        Group[] groups = [new(1, 1), new(2, 2)];
        Item[] items = [new(10, 1), new(20, 2)];
        session.InsertAll(groups);
        session.InsertAll(items);

        session.Update(items[0]);
        session.Update(groups[1]);

        Assert.Equal(["1:[10]", "2:[20]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void Retract_ItemsAndGroups_CollectionsShrinkAndGroupsGo()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        List<Group> groups = [new(1, 1), new(2, 2)];
        List<Item> items = [new(10, 1), new(11, 1), new(20, 2)];
        session.InsertAll(groups);
        session.InsertAll(items);

        session.Retract(items[0]);
        items.RemoveAt(0);
        Assert.Equal(["1:[11]", "2:[20]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        session.Retract(groups[1]);
        groups.RemoveAt(1);
        Assert.Equal(["1:[11]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        // A group that comes back finds the items still there; an item that comes back goes to the end of its group.
        var back = new Group(2, 2);
        groups.Add(back);
        session.Insert(back);
        var again = new Item(10, 1);
        items.Add(again);
        session.Insert(again);
        Assert.Equal(["1:[11,10]", "2:[20]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void Insert_NullKeys_NullKeyedItemsGoToTheNullKeyedGroupOnly()
    {
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        Group[] groups = [new(1, null), new(2, 2)];
        Item[] items = [new(10, null), new(20, 2), new(11, null)];
        session.InsertAll(groups);
        session.InsertAll(items);

        Assert.Equal(["1:[10,11]", "2:[20]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);

        items[1].Key = null;
        session.Update(items[1]);
        groups[1].Key = null;
        session.Update(groups[1]);
        Assert.Equal(["1:[10,20,11]", "2:[10,20,11]"], Collections(session, Hashed));
        AssertSameCollections(session, groups, items);
    }

    [Fact]
    public void RandomOperations_HashedCollectEqualsTheScanAndTheModelAfterEveryStep()
    {
        var random = new Random(20261206);
        var session = Rules.Session(new HashedRule(), new ScannedRule());
        var groups = new List<Group>();
        var items = new List<Item>();
        int? RandomKey() => random.Next(6) is var k && k == 5 ? null : k;

        for (var step = 0; step < 600; step++)
        {
            switch (random.Next(6))
            {
                case 0:
                    var group = new Group(step, RandomKey());
                    groups.Add(group);
                    session.Insert(group);
                    break;
                case 1 or 2:
                    var item = new Item(step, RandomKey());
                    items.Add(item);
                    session.Insert(item);
                    break;
                case 3 when items.Count > 0:
                    var moved = items[random.Next(items.Count)];
                    moved.Key = RandomKey();
                    session.Update(moved);
                    break;
                case 4 when groups.Count > 0:
                    var rekeyed = groups[random.Next(groups.Count)];
                    rekeyed.Key = RandomKey();
                    session.Update(rekeyed);
                    break;
                case 5 when items.Count > 0 && groups.Count > 0:
                    if (random.Next(2) == 0)
                    {
                        var gone = items[random.Next(items.Count)];
                        items.Remove(gone);
                        session.Retract(gone);
                    }
                    else
                    {
                        var gone = groups[random.Next(groups.Count)];
                        groups.Remove(gone);
                        session.Retract(gone);
                    }

                    break;
            }

            AssertSameCollections(session, groups, items);
        }

        Assert.NotEmpty(groups);
        Assert.NotEmpty(items);
    }
}
