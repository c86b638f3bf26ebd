using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Agenda;

/// <summary>Refraction: a match fires once; it fires again only when one of its facts is updated.</summary>
public sealed class RefractionTest
{
    public sealed class Invoice(int id, decimal amount)
    {
        public int Id { get; } = id;

        public decimal Amount { get; set; } = amount;

        public override string ToString() => $"Invoice#{Id}";
    }

    public sealed class Payer(int id)
    {
        public int Id { get; } = id;
    }

    [Name("Large invoice")]
    public sealed class LargeInvoiceRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Invoice invoice = null!;
            When().Match(() => invoice, i => i.Amount > 100m);
            Then().Do(ctx => log.Add(invoice.Id + "=" + invoice.Amount));
        }
    }

    [Name("Payer invoice")]
    public sealed class PayerInvoiceRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Payer payer = null!;
            Invoice invoice = null!;
            When()
                .Match(() => payer)
                .Match(() => invoice);
            Then().Do(ctx => log.Add(payer.Id + "/" + invoice.Id));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_CalledTwice_SecondCallFiresNothing()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        session.Insert(new Invoice(1, 500m));

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
        Assert.Equal(["1=500"], _log.Entries);
    }

    [Fact]
    public void Fire_FactUpdatedWithoutChange_MatchFiresAgain()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        var invoice = new Invoice(1, 500m);
        session.Insert(invoice);
        session.Fire();

        session.Update(invoice);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["1=500", "1=500"], _log.Entries);
    }

    [Fact]
    public void Fire_FactChangedAndUpdated_MatchFiresAgainWithNewValue()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        var invoice = new Invoice(1, 500m);
        session.Insert(invoice);
        session.Fire();

        invoice.Amount = 700m;
        session.Update(invoice);
        session.Fire();

        Assert.Equal(["1=500", "1=700"], _log.Entries);
    }

    [Fact]
    public void Fire_UpdatedTwiceBeforeFire_FiresOnce()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        var invoice = new Invoice(1, 500m);
        session.Insert(invoice);
        session.Fire();

        session.Update(invoice);
        session.Update(invoice);

        Assert.Equal(1, session.PendingActivationCount);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_FactUpdatedSoItNoLongerMatches_DoesNotFire()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        var invoice = new Invoice(1, 500m);
        session.Insert(invoice);
        session.Fire();

        invoice.Amount = 50m;
        session.Update(invoice);

        Assert.Equal(0, session.Fire());
        Assert.Equal(["1=500"], _log.Entries);
    }

    [Fact]
    public void Fire_InsertedAndRetractedBeforeFire_NothingFires()
    {
        var session = Rules.Session(new LargeInvoiceRule(_log));
        var invoice = new Invoice(1, 500m);
        session.Insert(invoice);

        session.Retract(invoice);

        Assert.Equal(0, session.PendingActivationCount);
        Assert.Equal(0, session.Fire());
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void Fire_OneFactOfAJoinUpdated_OnlyMatchesWithThatFactRefire()
    {
        var session = Rules.Session(new PayerInvoiceRule(_log));
        var first = new Invoice(1, 10m);
        session.InsertAll([new Payer(7), new Payer(8), first, new Invoice(2, 20m)]);
        Assert.Equal(4, session.Fire());
        _log.Take();

        session.Update(first);

        Assert.Equal(2, session.Fire());
        Assert.Equal(["7/1", "8/1"], _log.Entries.Order(StringComparer.Ordinal));
    }
}
