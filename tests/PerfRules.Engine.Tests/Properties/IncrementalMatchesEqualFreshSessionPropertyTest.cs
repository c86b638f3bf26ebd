using FsCheck;
using FsCheck.Fluent;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Properties;

/// <summary>
/// Whatever sequence of inserts, updates, retracts and fires a session goes through, its working memory and its live
/// matches (seen through linked facts) are those of a fresh session fed only the final facts.
/// </summary>
public sealed class IncrementalMatchesEqualFreshSessionPropertyTest
{
    public sealed record Left(int Id, int Value) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed record Right(int Id, int Value) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed record JoinMatch(int LeftId, int RightId);

    public sealed record NoRightMatch(int LeftId);

    public sealed record CollectMatch(int LeftId, string RightIds);

    public static string Ids(IReadOnlyList<Right> rights) => string.Join(",", rights.Select(r => r.Id).Order());

    [Name("Join left and right on value")]
    public sealed class JoinRule : Rule
    {
        public override void Define()
        {
            Left left = null!;
            Right right = null!;
            When()
                .Match(() => left)
                .Match(() => right, r => r.Value == left.Value);
            Then().Yield(ctx => new JoinMatch(left.Id, right.Id));
        }
    }

    [Name("Left without right of its value")]
    public sealed class NotRule : Rule
    {
        public override void Define()
        {
            Left left = null!;
            When()
                .Match(() => left)
                .Not<Right>(r => r.Value == left.Value);
            Then().Yield(ctx => new NoRightMatch(left.Id));
        }
    }

    [Name("Rights above left")]
    public sealed class CollectRule : Rule
    {
        public override void Define()
        {
            Left left = null!;
            IReadOnlyList<Right> rights = null!;
            When()
                .Match(() => left)
                .Collect(() => rights, r => r.Value > left.Value);
            Then().Yield(ctx => new CollectMatch(left.Id, Ids(rights)));
        }
    }

    public enum OpKind
    {
        Upsert,
        Retract,
        Fire,
    }

    public sealed record Op(OpKind Kind, bool IsLeft, int Id, int Value)
    {
        public override string ToString() => Kind switch
        {
            OpKind.Fire => "Fire",
            OpKind.Retract => $"Retract {(IsLeft ? "L" : "R")}{Id}",
            _ => $"Upsert {(IsLeft ? "L" : "R")}{Id}={Value}",
        };
    }

    private static readonly Lazy<ISessionFactory> Factory = new(() => Rules.Compile(new JoinRule(), new NotRule(), new CollectRule()));

    private static Gen<Op> OpGen =>
        from kind in Gen.Frequency((5, Gen.Constant(OpKind.Upsert)), (2, Gen.Constant(OpKind.Retract)), (2, Gen.Constant(OpKind.Fire)))
        from isLeft in Gen.Elements(true, false)
        from id in Gen.Choose(0, 3)
        from value in Gen.Choose(0, 3)
        select new Op(kind, isLeft, id, value);

    private static Arbitrary<Op[]> Sequences =>
        Arb.From(
            from length in Gen.Choose(0, 30)
            from ops in OpGen.ArrayOf(length)
            select ops,
            ops => Enumerable.Range(0, ops.Length).Select(skip => ops.Where((_, i) => i != skip).ToArray()));

    [Fact]
    public void Fire_RandomOperationSequences_LiveMatchesEqualThoseOfAFreshSession()
    {
        Prop.ForAll(Sequences, ops => Replay(ops)).QuickCheckThrowOnFailure();
    }

    /// <summary>A fixed sequence that walks through every flip at least once, so a failure here is easy to read.</summary>
    [Fact]
    public void Fire_KnownSequence_LiveMatchesEqualThoseOfAFreshSession()
    {
        Replay(
        [
            new Op(OpKind.Upsert, true, 1, 1),
            new Op(OpKind.Fire, false, 0, 0),
            new Op(OpKind.Upsert, false, 1, 1),
            new Op(OpKind.Upsert, false, 2, 3),
            new Op(OpKind.Fire, false, 0, 0),
            new Op(OpKind.Upsert, false, 1, 2),
            new Op(OpKind.Upsert, true, 1, 2),
            new Op(OpKind.Fire, false, 0, 0),
            new Op(OpKind.Retract, false, 1, 0),
            new Op(OpKind.Upsert, true, 2, 0),
            new Op(OpKind.Fire, false, 0, 0),
            new Op(OpKind.Retract, true, 1, 0),
        ]);
    }

    private static void Replay(Op[] ops)
    {
        var session = Factory.Value.CreateSession();
        var model = new Dictionary<(bool IsLeft, int Id), object>();

        foreach (var op in ops)
        {
            var key = (op.IsLeft, op.Id);
            switch (op.Kind)
            {
                case OpKind.Upsert:
                    object fact = op.IsLeft ? new Left(op.Id, op.Value) : new Right(op.Id, op.Value);
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
                case OpKind.Retract when model.Remove(key):
                    // A new instance with the same identity: retraction goes by identity, not by reference.
                    session.Retract(op.IsLeft ? new Left(op.Id, -1) : new Right(op.Id, -1));
                    break;
                case OpKind.Fire:
                    session.Fire();
                    AssertSameAsFresh(session, model, ops);
                    break;
            }
        }

        session.Fire();
        AssertSameAsFresh(session, model, ops);
    }

    private static void AssertSameAsFresh(ISession session, Dictionary<(bool IsLeft, int Id), object> model, Op[] ops)
    {
        var fresh = Factory.Value.CreateSession();
        fresh.InsertAll(model.Values);
        fresh.Fire();
        var because = "after " + string.Join("; ", ops);

        Assert.True(
            Same(model.Values.OfType<Left>().OrderBy(l => l.Id), session.Query<Left>().OrderBy(l => l.Id)),
            "Left facts differ " + because);
        Assert.True(
            Same(model.Values.OfType<Right>().OrderBy(r => r.Id), session.Query<Right>().OrderBy(r => r.Id)),
            "Right facts differ " + because);
        AssertSameMatches<JoinMatch>(fresh, session, because);
        AssertSameMatches<NoRightMatch>(fresh, session, because);
        AssertSameMatches<CollectMatch>(fresh, session, because);
    }

    private static void AssertSameMatches<T>(ISession expected, ISession actual, string because)
        where T : class
    {
        var want = expected.Query<T>().Select(m => m.ToString()!).Order(StringComparer.Ordinal).ToArray();
        var got = actual.Query<T>().Select(m => m.ToString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            want.SequenceEqual(got),
            $"{typeof(T).Name}: expected [{string.Join(" ", want)}] but was [{string.Join(" ", got)}] {because}");
    }

    private static bool Same<T>(IEnumerable<T> expected, IEnumerable<T> actual) => expected.SequenceEqual(actual);
}
