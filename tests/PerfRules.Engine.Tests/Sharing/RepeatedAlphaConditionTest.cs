using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Sharing;

/// <summary>
/// The same condition on the same type, written twice in one rule and again in other rules, is one alpha node: it is
/// evaluated once per fact however often it is written, and every pattern that uses it still gets its facts.
/// </summary>
public sealed class RepeatedAlphaConditionTest
{
    public sealed class Amount(string name, int value)
    {
        public string Name { get; } = name;

        public int Value { get; set; } = value;

        public override string ToString() => Name;
    }

    [Name("Two large amounts")]
    public sealed class TwoLargeRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Amount first = null!;
            Amount second = null!;
            When()
                .Match(() => first, x => x.Value > 10)
                .Match(() => second, x => x.Value > 10, x => x.Value < first.Value);
            Then()
                .Do(ctx => log.Add("two " + first.Name + ">" + second.Name));
        }
    }

    [Name("Large amount")]
    public sealed class LargeRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Amount amount = null!;
            When().Match(() => amount, x => x.Value > 10);
            Then().Do(ctx => log.Add("large " + amount.Name));
        }
    }

    [Name("Large even amount")]
    public sealed class LargeEvenRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Amount amount = null!;
            When().Match(() => amount, x => x.Value > 10, x => x.Value % 2 == 0);
            Then().Do(ctx => log.Add("even " + amount.Name));
        }
    }

    private readonly ActionLog _log = new();

    private ISession NewSession() => Rules.Session(new TwoLargeRule(_log), new LargeRule(_log), new LargeEvenRule(_log));

    private static long ConditionEvaluations(ISession session) => ((EngineSession)session).Statistics.ConditionEvaluations;

    [Fact]
    public void Insert_SmallAmount_SharedConditionEvaluatedOnceAndNothingBelowIt()
    {
        var session = NewSession();

        session.Insert(new Amount("a5", 5));

        // Written four times over three rules, "Value > 10" runs once; "Value % 2 == 0" sits below it and never runs.
        Assert.Equal(1, ConditionEvaluations(session));
        Assert.Equal(0, session.PendingActivationCount);
    }

    [Fact]
    public void Insert_LargeAmounts_EachConditionOncePerFactAndEveryRuleGetsItsMatches()
    {
        var session = NewSession();

        session.InsertAll([new Amount("a12", 12), new Amount("a13", 13), new Amount("a5", 5)]);
        session.Fire();

        Assert.Equal(2 + 2 + 1, ConditionEvaluations(session));
        Assert.Equal(["even a12", "large a12", "large a13", "two a13>a12"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_AmountDropsBelowTheSharedCondition_LeavesEveryRuleAtOnce()
    {
        var session = NewSession();
        var a12 = new Amount("a12", 12);
        session.InsertAll([a12, new Amount("a14", 14)]);
        session.Fire();
        _log.Take();
        var before = ConditionEvaluations(session);

        a12.Value = 3;
        session.Update(a12);

        Assert.Equal(1, ConditionEvaluations(session) - before);
        Assert.Equal(["Large amount", "Large even amount"], ((EngineSession)session).LiveActivations().Select(a => a.Rule.Name));
        Assert.Equal(0, session.Fire());

        a12.Value = 20;
        session.Update(a12);
        session.Fire();

        Assert.Equal(["even a12", "large a12", "two a12>a14"], _log.Entries.Order(StringComparer.Ordinal));
    }
}
