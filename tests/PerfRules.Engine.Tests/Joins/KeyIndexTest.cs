using FsCheck;
using FsCheck.Fluent;
using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// The chained key index behind hashed equality joins behaves like a dictionary of lists through any sequence of adds
/// and removes, across growth and slot reuse, and gives the items of a key in the order they were added (joins meet
/// them in that order, and the engine's determinism relies on it).
/// </summary>
public sealed class KeyIndexTest
{
    private static readonly string[] Items = [.. Enumerable.Range(0, 30).Select(i => $"item {i}")];

    [Fact]
    public void Any_sequence_of_adds_and_removes_matches_a_dictionary_of_lists()
    {
        // Keys are boxed ints, equal by value and not by reference, as join keys are.
        var operations = Gen.Choose(0, 29).Zip(Gen.Choose(0, 4)).Zip(Gen.Elements(true, true, false)).ListOf();
        Prop.ForAll(operations.ToArbitrary(), ops =>
        {
            var index = new KeyIndex<string>();
            var model = new Dictionary<int, List<string>>();
            foreach (var ((item, key), add) in ops)
            {
                var items = model.TryGetValue(key, out var list) ? list : model[key] = [];
                if (add)
                {
                    if (!items.Contains(Items[item]))
                    {
                        items.Add(Items[item]);
                        index.Add(key, Items[item]);
                    }
                }
                else
                {
                    Assert.Equal(items.Remove(Items[item]), index.Remove(key, Items[item]));
                }

                Assert.Equal(model.Values.Sum(l => l.Count), index.Count);
                foreach (var (k, expected) in model)
                {
                    Assert.Equal(expected, index.ToArray(k));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Cleared_it_holds_nothing_and_fills_again_in_order()
    {
        var index = new KeyIndex<string>(2);
        for (var i = 0; i < 12; i++)
        {
            index.Add(i % 3, Items[i]);
        }

        index.Remove(0, Items[3]);

        index.Clear();

        Assert.Equal(0, index.Count);
        Assert.Empty(index.ToArray(0));
        Assert.Empty(index.ToArray(1));
        index.Add(1, Items[20]);
        index.Add(0, Items[21]);
        index.Add(1, Items[22]);
        Assert.Equal([Items[20], Items[22]], index.ToArray(1));
        Assert.Equal([Items[21]], index.ToArray(0));
        Assert.True(index.Remove(1, Items[20]));
        Assert.Equal([Items[22]], index.ToArray(1));
    }

    [Fact]
    public void Items_of_one_key_keep_their_order_through_growth_and_the_reuse_of_removed_slots()
    {
        var index = new KeyIndex<string>();
        for (var i = 0; i < 10; i++)
        {
            index.Add(i % 2, Items[i]);
        }

        index.Remove(0, Items[0]);
        index.Remove(1, Items[5]);
        for (var i = 10; i < 25; i++)
        {
            index.Add(i % 2, Items[i]);
        }

        Assert.Equal(
            [.. Enumerable.Range(1, 24).Where(i => i % 2 == 1 && i != 5).Select(i => Items[i])],
            index.ToArray(1));
        Assert.Empty(index.ToArray(2));
        Assert.False(index.Remove(2, Items[0]));
    }
}
