using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Identity;

/// <summary>An <see cref="IIdentifiableFact"/> is identified by type and identity: a new instance replaces the old one.</summary>
public sealed class IdentifiableFactReplacementTest
{
    public sealed record Account(string Number, decimal Balance) : IIdentifiableFact
    {
        public object FactIdentity => Number;
    }

    public sealed record Card(string Number) : IIdentifiableFact
    {
        public object FactIdentity => Number;
    }

    [Name("Rich account")]
    public sealed class RichAccountRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Account account = null!;
            When().Match(() => account, a => a.Balance >= 100m);
            Then().Do(ctx => log.Add(account.Number + "=" + account.Balance));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Update_NewInstanceSameIdentity_ReplacesOldAndQueryReturnsNew()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        var old = new Account("A-1", 10m);
        session.Insert(old);
        var updated = new Account("A-1", 250m);

        session.Update(updated);

        var account = Assert.Single(session.Query<Account>());
        Assert.Same(updated, account);
    }

    [Fact]
    public void Fire_ReplacementMatches_RuleSeesTheNewInstance()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        var recorder = new FiringRecorder(session);
        session.Insert(new Account("A-1", 10m));
        Assert.Equal(0, session.Fire());
        var updated = new Account("A-1", 250m);

        session.Update(updated);
        session.Fire();

        Assert.Equal(["A-1=250"], _log.Entries);
        Assert.Same(updated, Assert.Single(Assert.Single(recorder.Firings).Facts));
    }

    [Fact]
    public void Fire_ReplacementNoLongerMatches_ActivationGone()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        session.Insert(new Account("A-1", 500m));

        session.Update(new Account("A-1", 5m));

        Assert.Equal(0, session.PendingActivationCount);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Insert_SecondInstanceSameIdentity_ThrowsAndTryInsertReturnsFalse()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        var original = new Account("A-1", 10m);
        session.Insert(original);

        Assert.Throws<ArgumentException>(() => session.Insert(new Account("A-1", 99m)));
        Assert.False(session.TryInsert(new Account("A-1", 99m)));
        Assert.Same(original, Assert.Single(session.Query<Account>()));
    }

    [Fact]
    public void Retract_NewInstanceSameIdentity_RetractsTheStoredFact()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        session.Insert(new Account("A-1", 500m));

        session.Retract(new Account("A-1", 0m));

        Assert.Empty(session.Query<Account>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Insert_SameIdentityDifferentType_TwoFacts()
    {
        var session = Rules.Session(new RichAccountRule(_log));

        session.Insert(new Account("X", 1m));
        session.Insert(new Card("X"));

        Assert.Single(session.Query<Account>());
        Assert.Single(session.Query<Card>());
        Assert.Equal(2, session.Query<object>().Count);
    }

    [Fact]
    public void Update_UnknownIdentity_ThrowsAndTryUpdateReturnsFalse()
    {
        var session = Rules.Session(new RichAccountRule(_log));
        session.Insert(new Account("A-1", 1m));

        Assert.Throws<ArgumentException>(() => session.Update(new Account("B-2", 1m)));
        Assert.False(session.TryUpdate(new Account("B-2", 1m)));
    }
}
