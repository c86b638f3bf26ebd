using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Errors;

/// <summary>Errors in join conditions, negations and linked-fact expressions name the rule and every fact involved.</summary>
public sealed class EvaluationErrorDetailTest
{
    public sealed class Ledger(string code)
    {
        public string Code { get; } = code;

        public override string ToString() => $"Ledger {Code}";
    }

    public sealed class Entry(string ledger, decimal amount)
    {
        public string Ledger { get; } = ledger;

        public decimal Amount { get; } = amount;

        public override string ToString() => $"Entry {Ledger} {Amount}";
    }

    public sealed record Summary(string Ledger, decimal Ratio);

    public static bool Belongs(Entry entry, Ledger ledger) =>
        entry.Amount < 0m ? throw new ArgumentException("negative amount") : entry.Ledger == ledger.Code;

    public static decimal Ratio(Entry entry) => 100m / entry.Amount;

    [Name("Entries of ledger")]
    public sealed class JoinRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Ledger ledger = null!;
            Entry entry = null!;
            When()
                .Match(() => ledger)
                .Match(() => entry, e => Belongs(e, ledger));
            Then().Do(ctx => log.Add(ledger.Code));
        }
    }

    [Name("Ledger without entries")]
    public sealed class NotRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Ledger ledger = null!;
            When()
                .Match(() => ledger)
                .Not<Entry>(e => Belongs(e, ledger));
            Then().Do(ctx => log.Add("empty " + ledger.Code));
        }
    }

    [Name("Summarise entry")]
    public sealed class YieldRule : Rule
    {
        public override void Define()
        {
            Entry entry = null!;
            When().Match(() => entry);
            Then().Yield(ctx => new Summary(entry.Ledger, Ratio(entry)));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Insert_JoinConditionThrows_ExceptionNamesRuleAndBothFacts()
    {
        var session = Rules.Session(new JoinRule(_log));
        var ledger = new Ledger("L1");
        var entry = new Entry("L1", -5m);
        session.Insert(ledger);

        var ex = Assert.Throws<RuleConditionException>(() => session.Insert(entry));

        Assert.Contains("Entries of ledger", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ledger, ex.Facts);
        Assert.Contains(entry, ex.Facts);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Insert_NegationConditionThrows_ExceptionNamesTheRule()
    {
        var session = Rules.Session(new NotRule(_log));
        session.Insert(new Ledger("L1"));

        var ex = Assert.Throws<RuleConditionException>(() => session.Insert(new Entry("L1", -5m)));

        Assert.Contains("Ledger without entries", ex.RuleNames);
    }

    [Fact]
    public void Fire_LinkedFactExpressionThrows_RuleActionException()
    {
        var session = Rules.Session(new YieldRule());
        session.Insert(new Entry("L1", 0m));

        var ex = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("Summarise entry", ex.RuleName);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
        Assert.Empty(session.Query<Summary>());
    }

    [Fact]
    public void Insert_HandledJoinConditionError_OtherPairsStillMatch()
    {
        var session = Rules.Session(new JoinRule(_log));
        session.ConditionFailed += (_, e) => e.IsHandled = true;

        session.InsertAll([new Ledger("L1"), new Entry("L1", -5m), new Entry("L1", 5m)]);
        session.Fire();

        Assert.Equal(["L1"], _log.Entries);
    }
}
