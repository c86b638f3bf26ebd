using FsCheck;
using FsCheck.Fluent;
using PerfRules.Engine.Rete;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// A join entry's children (the first inline, the rest in a map) behave like the insertion-ordered map they replace
/// through any sequence of adds and removes, including removing the inline first child while others remain.
/// </summary>
public sealed class ChildTokensTest
{
    private static readonly string[] Keys = [.. Enumerable.Range(0, 14).Select(i => $"parent {i}")];

    private static readonly Token Root = Token.CreateRoot();

    [Fact]
    public void Any_sequence_of_adds_and_removes_matches_a_compact_map()
    {
        var operations = Gen.Choose(0, 13).Zip(Gen.Elements(true, true, false)).ListOf();
        Prop.ForAll(operations.ToArbitrary(), ops =>
        {
            var children = default(ChildTokens<string>);
            var model = new CompactMap<string, Token>();
            var small = true;
            foreach (var (index, add) in ops)
            {
                var key = Keys[index];
                if (add)
                {
                    if (!model.ContainsKey(key))
                    {
                        var child = new Token(Root, index, null, key);
                        model.Add(key, child);
                        children.Add(key, child);
                    }
                }
                else
                {
                    Assert.Equal(model.Remove(key), children.Remove(key));
                }

                // Both keep insertion order until they first hold more than eight (the map then becomes a dictionary).
                small &= model.Count <= 8;
                Assert.Equal(model.Count, children.Count);
                Assert.All(Keys, k => Assert.Equal(model.ContainsKey(k), children.ContainsKey(k)));
                if (small)
                {
                    Assert.Equal(model.ToArray(), children.ToArray());
                }
                else
                {
                    Assert.Equal(model.ToArray().OrderBy(e => e.Key), children.ToArray().OrderBy(e => e.Key));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Removing_the_first_child_promotes_the_oldest_of_the_rest()
    {
        var children = default(ChildTokens<string>);
        foreach (var key in Keys.Take(3))
        {
            children.Add(key, new Token(Root, 0, null, key));
        }

        Assert.True(children.Remove(Keys[0]));
        children.Add(Keys[5], new Token(Root, 0, null, Keys[5]));

        Assert.Equal([Keys[1], Keys[2], Keys[5]], children.ToArray().Select(e => e.Key));
        Assert.Throws<ArgumentException>(() => children.Add(Keys[1], new Token(Root, 0, null, null)));
    }
}
