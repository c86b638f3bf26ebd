using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Errors;

/// <summary>
/// A handled error in a join key or a group key counts as "the condition is false", as
/// <see cref="ISession.ConditionFailed"/> documents: the fact whose key could not be computed joins with nothing and
/// belongs to no group.
/// </summary>
public sealed class HandledKeyErrorTest
{
    public sealed class Parent(string name, int? key, bool broken = false)
    {
        public string Name { get; } = name;

        public int? Key => broken ? throw new InvalidOperationException(Name + " has no key") : key;

        public int Number => broken ? throw new InvalidOperationException(Name + " has no number") : key ?? 0;

        public override string ToString() => Name;
    }

    public sealed class Child(string name, int? parentKey, bool broken = false)
    {
        public string Name { get; } = name;

        public int? ParentKey => broken ? throw new InvalidOperationException(Name + " has no parent key") : parentKey;

        public int ParentNumber => broken ? throw new InvalidOperationException(Name + " has no parent number") : parentKey ?? 0;

        public override string ToString() => Name;
    }

    [Name("Child of parent, nullable key")]
    public sealed class NullableKeyRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => c.ParentKey == parent.Key);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Child of parent, int key")]
    public sealed class IntKeyRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => c.ParentNumber == parent.Number);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    [Name("Children by parent number")]
    public sealed class GroupByNumberRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Child> group = null!;
            When().GroupBy(() => group, c => c.ParentNumber);
            Then().Do(ctx => ctx.Facts.ToString());
        }
    }

    private static ISession HandlingSession(Rule rule, List<string> errors)
    {
        var session = Rules.Session(rule);
        session.ConditionFailed += (_, e) =>
        {
            errors.Add(e.Exception.InnerException!.Message);
            e.IsHandled = true;
        };
        return session;
    }

    private static string[] Matches(ISession session) =>
        ((EngineSession)session).LiveActivations()
            .Select(a => string.Join("-", a.Facts().Select(f => f is IEnumerable<Child> g ? "[" + string.Join(",", g) + "]" : f.ToString())))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Insert_ChildKeyThrowsAndIsHandled_ChildJoinsNoParentNotEvenANullKeyedOne()
    {
        var errors = new List<string>();
        var session = HandlingSession(new NullableKeyRule(), errors);

        session.InsertAll([new Parent("Pnull", null), new Parent("P1", 1)]);
        session.InsertAll([new Child("C1", 1), new Child("Cbroken", 1, broken: true)]);

        Assert.Equal(["Cbroken has no parent key"], errors);
        Assert.Equal(["P1-C1"], Matches(session));
    }

    [Fact]
    public void Insert_KeysThrowOnBothSidesAndAreHandled_BrokenFactsDoNotJoinEachOther()
    {
        var errors = new List<string>();
        var session = HandlingSession(new IntKeyRule(), errors);

        session.InsertAll([new Parent("P1", 1), new Parent("Pbroken", 2, broken: true)]);
        session.InsertAll([new Child("C1", 1), new Child("Cbroken", 2, broken: true)]);

        Assert.Equal(["Pbroken has no number", "Cbroken has no parent number"], errors);
        Assert.Equal(["P1-C1"], Matches(session));
    }

    [Fact]
    public void Insert_GroupKeyThrowsAndIsHandled_FactBelongsToNoGroup()
    {
        var errors = new List<string>();
        var session = HandlingSession(new GroupByNumberRule(), errors);

        session.InsertAll([new Child("C1", 1), new Child("C1b", 1), new Child("Cbroken", 7, broken: true)]);

        Assert.Equal(["Cbroken has no parent number"], errors);
        Assert.Equal(["[C1,C1b]"], Matches(session));
    }

    [Fact]
    public void Insert_JoinKeyThrowsAndIsNotHandled_RuleConditionExceptionNamesTheKeyAndTheFact()
    {
        var session = Rules.Session(new NullableKeyRule());
        session.Insert(new Parent("P1", 1));

        var error = Assert.Throws<RuleConditionException>(() => session.Insert(new Child("Cbroken", 1, broken: true)));

        Assert.Equal(["Child of parent, nullable key"], error.RuleNames);
        Assert.Contains("ParentKey", error.Expression, StringComparison.Ordinal);
        Assert.Equal("Cbroken", Assert.Single(error.Facts).ToString());
    }
}
