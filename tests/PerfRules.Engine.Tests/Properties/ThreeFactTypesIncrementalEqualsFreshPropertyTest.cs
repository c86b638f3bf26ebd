using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Properties;

/// <summary>
/// Random sequences of inserts, replacements, in-place updates, retracts and fires over three fact types, against rules
/// that use every kind of node: a hashed join, a non-hashed join, a hashed self-join, not, exists, collect with a
/// Where, group-by with a Where, and a chain of linked facts. After every Fire() the session's live activations (rule
/// and facts) and its working memory equal those of a fresh session given only the host's final facts.
/// </summary>
public sealed class ThreeFactTypesIncrementalEqualsFreshPropertyTest
{
    public sealed record Alpha(int Id, int Key, int Value) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed record Beta(int Id, int Key, int Value) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    /// <summary>A mutable fact identified by reference: updated in place, like a host's entity.</summary>
    public sealed class Gamma(int id, int group, int value)
    {
        public int Id { get; } = id;

        public int Group { get; set; } = group;

        public int Value { get; set; } = value;

        public override string ToString() => $"Gamma {{ Id = {Id}, Group = {Group}, Value = {Value} }}";
    }

    public sealed record Pair(int AlphaId, int BetaId, int Sum);

    public sealed record Flag(int AlphaId, int BetaId, int GammaCount);

    public sealed record PairTotal(int Count, int Sum);

    [Name("Hashed join")]
    public sealed class HashedJoinRule : Rule
    {
        public override void Define()
        {
            Alpha a = null!;
            Beta b = null!;
            When().Match(() => a).Match(() => b, b => b.Key == a.Key);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Non-hashed join")]
    public sealed class RangeJoinRule : Rule
    {
        public override void Define()
        {
            Alpha a = null!;
            Gamma g = null!;
            When().Match(() => a, a => a.Value > 0).Match(() => g, g => g.Value > a.Value);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Hashed self-join")]
    public sealed class SelfJoinRule : Rule
    {
        public override void Define()
        {
            Gamma first = null!;
            Gamma second = null!;
            When().Match(() => first).Match(() => second, g => g.Group == first.Group, g => g.Id > first.Id);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Not")]
    public sealed class NotRule : Rule
    {
        public override void Define()
        {
            Beta b = null!;
            When().Match(() => b).Not<Gamma>(g => g.Group == b.Key);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Exists")]
    public sealed class ExistsRule : Rule
    {
        public override void Define()
        {
            Alpha a = null!;
            When().Match(() => a).Exists<Beta>(b => b.Value == a.Value);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Collect with where")]
    public sealed class CollectRule : Rule
    {
        public override void Define()
        {
            Alpha a = null!;
            IReadOnlyList<Gamma> gammas = null!;
            When()
                .Match(() => a)
                .Collect(() => gammas, g => g.Group == a.Key)
                .Where(list => list.Count >= 2);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Group by")]
    public sealed class GroupByRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Gamma> group = null!;
            When()
                .GroupBy(() => group, g => g.Group, g => g.Value > 0)
                .Where(g => g.Count() >= 2);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Yield pair")]
    public sealed class YieldPairRule : Rule
    {
        public override void Define()
        {
            Alpha a = null!;
            Beta b = null!;
            When().Match(() => a, a => a.Value > 1).Match(() => b, b => b.Key == a.Key);
            Then().Yield(ctx => new Pair(a.Id, b.Id, a.Value + b.Value));
        }
    }

    [Name("Yield flag from pair")]
    public sealed class YieldFlagRule : Rule
    {
        public override void Define()
        {
            Pair pair = null!;
            IReadOnlyList<Gamma> gammas = null!;
            When()
                .Match(() => pair, p => p.Sum >= 4)
                .Collect(() => gammas, g => g.Value < pair.Sum);
            Then().Yield(ctx => new Flag(pair.AlphaId, pair.BetaId, gammas.Count));
        }
    }

    [Name("Yield total of pairs")]
    public sealed class YieldTotalRule : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Pair> pairs = null!;
            When().Collect(() => pairs);
            Then().Yield(ctx => new PairTotal(pairs.Count, pairs.Sum(p => p.Sum)));
        }
    }

    public enum OpKind
    {
        Upsert,
        Mutate,
        Retract,
        Fire,
    }

    /// <summary>One step. Type 0 is Alpha, 1 Beta, 2 Gamma; Key doubles as Gamma's group.</summary>
    public sealed record Op(OpKind Kind, int Type, int Id, int Key, int Value)
    {
        public override string ToString() => Kind == OpKind.Fire ? "Fire" : $"{Kind} {"ABG"[Type]}{Id}({Key},{Value})";
    }

    private static readonly Lazy<ISessionFactory> Factory = new(() => Rules.Compile(
        new HashedJoinRule(), new RangeJoinRule(), new SelfJoinRule(), new NotRule(), new ExistsRule(), new CollectRule(),
        new GroupByRule(), new YieldPairRule(), new YieldFlagRule(), new YieldTotalRule()));

    private static Gen<Op> OpGen =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(OpKind.Upsert)), (2, Gen.Constant(OpKind.Mutate)), (3, Gen.Constant(OpKind.Retract)), (2, Gen.Constant(OpKind.Fire)))
        from type in Gen.Choose(0, 2)
        from id in Gen.Choose(0, 3)
        from key in Gen.Choose(0, 2)
        from value in Gen.Choose(0, 4)
        select new Op(kind, type, id, key, value);

    private static Arbitrary<Op[]> Sequences =>
        Arb.From(
            from length in Gen.Choose(0, 40)
            from ops in OpGen.ArrayOf(length)
            select ops,
            ops => Enumerable.Range(0, ops.Length).Select(skip => ops.Where((_, i) => i != skip).ToArray()));

    [Fact]
    public void Fire_RandomOperationSequences_LiveActivationsAndFactsEqualThoseOfAFreshSession()
    {
        Prop.ForAll(Sequences, ops => Replay(ops)).QuickCheckThrowOnFailure();
    }

    /// <summary>A fixed sequence through every rule, readable when it fails.</summary>
    [Fact]
    public void Fire_KnownSequence_LiveActivationsAndFactsEqualThoseOfAFreshSession()
    {
        Replay(
        [
            new Op(OpKind.Upsert, 0, 1, 1, 3),
            new Op(OpKind.Upsert, 1, 1, 1, 3),
            new Op(OpKind.Upsert, 2, 1, 1, 4),
            new Op(OpKind.Upsert, 2, 2, 1, 1),
            new Op(OpKind.Fire, 0, 0, 0, 0),
            new Op(OpKind.Mutate, 2, 2, 2, 4),
            new Op(OpKind.Upsert, 0, 1, 2, 3),
            new Op(OpKind.Fire, 0, 0, 0, 0),
            new Op(OpKind.Upsert, 1, 2, 2, 0),
            new Op(OpKind.Retract, 1, 1, 0, 0),
            new Op(OpKind.Fire, 0, 0, 0, 0),
            new Op(OpKind.Retract, 0, 1, 0, 0),
            new Op(OpKind.Mutate, 2, 1, 2, 4),
            new Op(OpKind.Fire, 0, 0, 0, 0),
        ]);
    }

    private static bool Replay(Op[] ops)
    {
        var session = Factory.Value.CreateSession();
        var model = new Dictionary<(int Type, int Id), object>();

        foreach (var op in ops)
        {
            var key = (op.Type, op.Id);
            switch (op.Kind)
            {
                case OpKind.Upsert when model.TryGetValue(key, out var existing) && existing is Gamma gamma:
                    gamma.Group = op.Key;
                    gamma.Value = op.Value;
                    session.Update(gamma);
                    break;
                case OpKind.Upsert:
                    object fact = op.Type switch
                    {
                        0 => new Alpha(op.Id, op.Key, op.Value),
                        1 => new Beta(op.Id, op.Key, op.Value),
                        _ => new Gamma(op.Id, op.Key, op.Value),
                    };
                    if (model.ContainsKey(key))
                    {
                        session.Update(fact);
                    }
                    else
                    {
                        session.Insert(fact);
                    }

                    model[key] = fact;
                    break;
                case OpKind.Mutate when model.TryGetValue(key, out var existing):
                    // Gamma changes in place; the records are "updated" with the same instance, which changes nothing but must refire.
                    if (existing is Gamma mutable)
                    {
                        mutable.Group = op.Key;
                        mutable.Value = op.Value;
                    }

                    session.Update(existing);
                    break;
                case OpKind.Retract when model.Remove(key, out var stored):
                    // Records retract by identity through a new instance; a Gamma only by reference.
                    session.Retract(stored is Gamma ? stored : op.Type == 0 ? new Alpha(op.Id, -1, -1) : new Beta(op.Id, -1, -1));
                    break;
                case OpKind.Fire:
                    session.Fire();
                    AssertSameAsFresh(session, model, ops);
                    break;
            }
        }

        session.Fire();
        AssertSameAsFresh(session, model, ops);
        return true;
    }

    private static void AssertSameAsFresh(ISession session, Dictionary<(int Type, int Id), object> model, Op[] ops)
    {
        var fresh = Factory.Value.CreateSession();
        fresh.InsertAll(model.OrderBy(p => p.Key).Select(p => p.Value));
        fresh.Fire();
        var because = "after " + string.Join("; ", ops);

        var wantFacts = Facts(fresh);
        var gotFacts = Facts(session);
        Assert.True(wantFacts.SequenceEqual(gotFacts), $"facts: expected [{string.Join(" ", wantFacts)}] but was [{string.Join(" ", gotFacts)}] {because}");

        var wantActivations = Activations(fresh);
        var gotActivations = Activations(session);
        Assert.True(
            wantActivations.SequenceEqual(gotActivations),
            $"activations: expected [{string.Join(" | ", wantActivations)}] but was [{string.Join(" | ", gotActivations)}] {because}");
    }

    private static string[] Facts(ISession session) =>
        session.Query<object>().Select(Render).Order(StringComparer.Ordinal).ToArray();

    private static string[] Activations(ISession session) =>
        ((EngineSession)session).LiveActivations()
            .Select(a => a.Rule.Name + ": " + string.Join(", ", a.Facts().Select(Render)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>A fact, or an aggregate as its key and its members in a fixed order (insertion order differs between the two sessions).</summary>
    private static string Render(object value) => value switch
    {
        IGrouping<int, Gamma> group => $"group {group.Key} [{string.Join("; ", group.Select(Render).Order(StringComparer.Ordinal))}]",
        IEnumerable list and not string => $"[{string.Join("; ", list.Cast<object>().Select(Render).Order(StringComparer.Ordinal))}]",
        _ => value.ToString()!,
    };
}
