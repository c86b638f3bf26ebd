using FsCheck;
using FsCheck.Fluent;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// The small reference-keyed map behind the session's per-token memories behaves like a dictionary through any sequence
/// of adds and removes, across the switch from linear arrays to a dictionary and back to empty, and keeps insertion
/// order while small (the engine's determinism relies on it).
/// </summary>
public sealed class CompactMapTest
{
    private static readonly string[] Keys = [.. Enumerable.Range(0, 20).Select(i => new string((char)('a' + i), 1))];

    [Fact]
    public void Any_sequence_of_adds_and_removes_matches_a_dictionary()
    {
        var operations = Gen.Choose(0, 19).Zip(Gen.Elements(true, false)).ListOf();
        Prop.ForAll(operations.ToArbitrary(), ops =>
        {
            var map = new CompactMap<string, int>();
            var model = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            var step = 0;
            foreach (var (index, add) in ops)
            {
                var key = Keys[index];
                if (add)
                {
                    Assert.Equal(model.TryAdd(key, step), map.TryAdd(key, step));
                }
                else
                {
                    Assert.Equal(model.Remove(key), map.Remove(key));
                }

                step++;
                Assert.Equal(model.Count, map.Count);
                foreach (var k in Keys)
                {
                    Assert.Equal(model.TryGetValue(k, out var expected), map.TryGetValue(k, out var actual));
                    Assert.Equal(expected, actual);
                }
            }

            Assert.Equal(model.OrderBy(e => e.Key), map.ToArray().OrderBy(e => e.Key));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void While_small_it_enumerates_in_insertion_order_even_after_a_removal()
    {
        var map = new CompactMap<string, int>();
        map.Add(Keys[3], 3);
        map.Add(Keys[1], 1);
        map.Add(Keys[2], 2);
        map.Remove(Keys[1]);
        map.Add(Keys[0], 0);

        Assert.Equal([3, 2, 0], map.ToArray().Select(e => e.Value));
    }

    [Fact]
    public void Cleared_after_becoming_a_dictionary_it_fills_and_enumerates_as_a_new_map()
    {
        var map = new CompactMap<string, int>();
        foreach (var i in Enumerable.Range(0, 15))
        {
            map.Add(Keys[i], i);
        }

        map.Remove(Keys[4]);

        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.False(map.ContainsKey(Keys[0]));

        // Small again, it keeps insertion order through a removal (a dictionary would reuse the freed slot).
        map.Add(Keys[5], 5);
        map.Add(Keys[6], 6);
        map.Add(Keys[7], 7);
        map.Remove(Keys[6]);
        map.Add(Keys[8], 8);
        Assert.Equal([5, 7, 8], map.ToArray().Select(e => e.Value));

        // And outgrows its arrays again, with every entry.
        foreach (var i in Enumerable.Range(9, 10))
        {
            map.Add(Keys[i], i);
        }

        Assert.Equal([5, 7, 8, .. Enumerable.Range(9, 10)], map.ToArray().Select(e => e.Value).Order());
        Assert.Equal(13, map.Count);
    }

    [Fact]
    public void Adding_a_key_twice_is_refused_like_a_dictionary_does_on_either_side_of_the_switch()
    {
        var map = new CompactMap<string, int>();
        map.Add(Keys[0], 0);
        Assert.Throws<ArgumentException>(() => map.Add(Keys[0], 1));
        for (var i = 1; i < 12; i++)
        {
            map.Add(Keys[i], i);
        }

        Assert.Throws<ArgumentException>(() => map.Add(Keys[5], 1));
        Assert.Equal(12, map.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Setting_values_while_enumerating_keeps_every_entry_in_its_place(int count)
    {
        var map = new CompactMap<string, int>();
        for (var i = 0; i < count; i++)
        {
            map.Add(Keys[i], i);
        }

        var seen = new List<string>();
        foreach (var (key, value) in map)
        {
            seen.Add(key);
            map.SetValue(key, value * 10);
        }

        Assert.Equal(Keys.Take(count).Order(), seen.Order());
        Assert.All(map.ToArray(), e => Assert.Equal(Array.IndexOf(Keys, e.Key) * 10, e.Value));
        Assert.Throws<KeyNotFoundException>(() => map.SetValue(Keys[19], 1));
    }
}
