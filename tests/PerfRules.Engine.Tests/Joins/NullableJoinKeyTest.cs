using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Joins;

/// <summary>
/// A hashed join on nullable keys matches exactly what C# <c>==</c> says for the compared type: null equals null,
/// null equals no value. Each test compares the hashed rule with the same comparison made in a method call, which the
/// engine cannot hash and so evaluates pair by pair.
/// </summary>
public sealed class NullableJoinKeyTest
{
    public sealed class Parent(string name, int? key, string? code, decimal amount)
    {
        public string Name { get; } = name;

        public int? Key { get; set; } = key;

        public string? Code { get; set; } = code;

        public decimal Amount { get; } = amount;

        public override string ToString() => Name;
    }

    public sealed class Child(string name, int? parentKey, string? parentCode, decimal amount)
    {
        public string Name { get; } = name;

        public int? ParentKey { get; set; } = parentKey;

        public string? ParentCode { get; set; } = parentCode;

        public decimal Amount { get; } = amount;

        public override string ToString() => Name;
    }

    public static bool SameKey(int? a, int? b) => a == b;

    public static bool SameCode(string? a, string? b) => a == b;

    public static bool SameAmount(decimal a, decimal b) => a == b;

    [Name("int? key, hashed")]
    public sealed class HashedKeyRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => c.ParentKey == parent.Key);
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    [Name("int? key, pair by pair")]
    public sealed class UnhashedKeyRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => SameKey(c.ParentKey, parent.Key));
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    [Name("string key, hashed")]
    public sealed class HashedCodeRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => parent.Code == c.ParentCode);
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    [Name("string key, pair by pair")]
    public sealed class UnhashedCodeRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => SameCode(parent.Code, c.ParentCode));
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    [Name("decimal key, hashed")]
    public sealed class HashedAmountRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => c.Amount == parent.Amount);
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    [Name("decimal key, pair by pair")]
    public sealed class UnhashedAmountRule : Rule
    {
        public override void Define()
        {
            Parent parent = null!;
            Child child = null!;
            When().Match(() => parent).Match(() => child, c => SameAmount(c.Amount, parent.Amount));
            Then().Do(ctx => ctx.Facts.Count.ToString());
        }
    }

    private static ISession NewSession() => Rules.Session(
        new HashedKeyRule(), new UnhashedKeyRule(), new HashedCodeRule(), new UnhashedCodeRule(), new HashedAmountRule(), new UnhashedAmountRule());

    private static string[] Pairs(ISession session, string rule) =>
        ((EngineSession)session).LiveActivations()
            .Where(a => a.Rule.Name == rule)
            .Select(a => a.Facts()[0] + "-" + a.Facts()[1])
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static void AssertHashedAgreesWithCSharp(ISession session)
    {
        Assert.Equal(Pairs(session, "int? key, pair by pair"), Pairs(session, "int? key, hashed"));
        Assert.Equal(Pairs(session, "string key, pair by pair"), Pairs(session, "string key, hashed"));
        Assert.Equal(Pairs(session, "decimal key, pair by pair"), Pairs(session, "decimal key, hashed"));
    }

    [Fact]
    public void Insert_NullAndNonNullKeysOnBothSides_NullJoinsNullOnly()
    {
        var session = NewSession();

        session.InsertAll([new Parent("Pnull", null, null, 1m), new Parent("P1", 1, "a", 2m), new Parent("P2", 2, "b", 3m)]);
        session.InsertAll([new Child("Cnull", null, null, 9m), new Child("C1", 1, "a", 9m), new Child("C3", 3, "c", 9m)]);

        Assert.Equal(["P1-C1", "Pnull-Cnull"], Pairs(session, "int? key, hashed"));
        Assert.Equal(["P1-C1", "Pnull-Cnull"], Pairs(session, "string key, hashed"));
        AssertHashedAgreesWithCSharp(session);
    }

    [Fact]
    public void Update_KeyToNullAndBack_MatchesFollowTheKey()
    {
        var session = NewSession();
        var p1 = new Parent("P1", 1, "a", 1m);
        var pnull = new Parent("Pnull", null, null, 2m);
        var child = new Child("C", 1, "a", 3m);
        session.InsertAll([p1, pnull, child]);
        Assert.Equal(["P1-C"], Pairs(session, "int? key, hashed"));

        child.ParentKey = null;
        child.ParentCode = null;
        session.Update(child);
        Assert.Equal(["Pnull-C"], Pairs(session, "int? key, hashed"));
        Assert.Equal(["Pnull-C"], Pairs(session, "string key, hashed"));
        AssertHashedAgreesWithCSharp(session);

        p1.Key = null;
        p1.Code = null;
        session.Update(p1);
        Assert.Equal(["P1-C", "Pnull-C"], Pairs(session, "int? key, hashed"));
        AssertHashedAgreesWithCSharp(session);

        child.ParentKey = 1;
        child.ParentCode = "a";
        session.Update(child);
        Assert.Empty(Pairs(session, "int? key, hashed"));
        Assert.Empty(Pairs(session, "string key, hashed"));
        AssertHashedAgreesWithCSharp(session);
    }

    [Fact]
    public void Insert_DecimalKeysWithDifferentScale_JoinAsCSharpEqualitySays()
    {
        var session = NewSession();

        // 1.0m == 1.00m in C#, though the two values print differently.
        session.InsertAll([new Parent("P1.0", 0, "x", 1.0m), new Parent("P2", 0, "y", 2m)]);
        session.InsertAll([new Child("C1.00", 5, "z", 1.00m), new Child("C2.000", 5, "z", 2.000m), new Child("C3", 5, "z", 3m)]);

        Assert.Equal(["P1.0-C1.00", "P2-C2.000"], Pairs(session, "decimal key, hashed"));
        AssertHashedAgreesWithCSharp(session);
    }
}
