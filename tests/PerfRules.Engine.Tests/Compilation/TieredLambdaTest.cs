using System.Linq.Expressions;
using PerfRules.Engine.Compilation;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Compilation;

/// <summary>
/// Rule expressions run interpreted until their sixteenth call, then compiled: the switch happens once, on that call,
/// whatever the number of threads, and never changes a result or an error.
/// </summary>
public sealed class TieredLambdaTest
{
    public sealed record Payment(int Id, decimal Amount);

    public sealed record Large(int PaymentId);

    public static bool IsLarge(Payment payment) =>
        payment.Amount < 0 ? throw new InvalidOperationException("negative amount") : payment.Amount > 1000m;

    [Name("Large payment")]
    public sealed class LargePaymentRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Payment payment = null!;
            When().Match(() => payment, p => IsLarge(p));
            Then().Do(ctx => log.Add(payment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static readonly Expression<Func<object, bool>> AboveThousand = fact => ((Payment)fact).Amount * 2m > 2000m;

    [Fact]
    public void Tier_NeverCalled_NeitherInterpretedNorCompiled()
    {
        var tier = new TieredLambda.Tier<Func<object, bool>>(AboveThousand);

        Assert.False(tier.IsInterpreted);
        Assert.False(tier.IsCompiled);
    }

    [Fact]
    public void Current_FifteenCalls_StillInterpreted()
    {
        var tier = new TieredLambda.Tier<Func<object, bool>>(AboveThousand);

        for (var i = 1; i < TieredLambda.CompileAfterCalls; i++)
        {
            tier.Current();
        }

        Assert.True(tier.IsInterpreted);
        Assert.False(tier.IsCompiled);
    }

    [Fact]
    public void Current_SixteenthCall_CompilesAndKeepsTheCompiledDelegate()
    {
        var tier = new TieredLambda.Tier<Func<object, bool>>(AboveThousand);
        var interpreted = tier.Current();

        Func<object, bool> sixteenth = interpreted;
        for (var i = 2; i <= TieredLambda.CompileAfterCalls; i++)
        {
            sixteenth = tier.Current();
        }

        Assert.True(tier.IsCompiled);
        Assert.NotSame(interpreted, sixteenth);
        Assert.Same(sixteenth, tier.Current());
    }

    [Fact]
    public void Of_BeforeAndAfterTheSwitch_SameResults()
    {
        var test = TieredLambda.Of(AboveThousand);
        var payments = Enumerable.Range(0, 40).Select(i => new Payment(i, 900m + (i * 10m))).ToArray();

        var results = payments.Select(p => test(p)).ToArray();

        Assert.Equal(payments.Select(p => p.Amount > 1000m), results);
    }

    [Fact]
    public void Current_EightThreadsRacePastTheSwitch_OneCompiledDelegateForAll()
    {
        var tier = new TieredLambda.Tier<Func<object, bool>>(AboveThousand);
        var large = new Payment(1, 1500m);
        var lastSeen = new Func<object, bool>[8];
        var wrong = 0;
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Other threads run interpreted while one compiles, however long that takes: keep calling until it is published.
            for (var i = 0; i < 200 || !tier.IsCompiled; i++)
            {
                if (!tier.Current()(large))
                {
                    Interlocked.Increment(ref wrong);
                }
            }

            lastSeen[t] = tier.Current();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(0, wrong);
        Assert.True(tier.IsCompiled);
        Assert.All(lastSeen, seen => Assert.Same(tier.Current(), seen));
    }

    [Fact]
    public void Fire_ConditionRunsAcrossTheSwitch_SameRuleFiresForEveryMatchingFact()
    {
        var log = new ActionLog();
        var session = Rules.Session(new LargePaymentRule(log));

        session.InsertAll(Enumerable.Range(1, 3 * TieredLambda.CompileAfterCalls).Select(i => new Payment(i, i % 2 == 0 ? 5000m : 10m)));
        session.Fire();

        Assert.Equal(
            Enumerable.Range(1, 3 * TieredLambda.CompileAfterCalls).Where(i => i % 2 == 0).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
            log.Entries.Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(TieredLambda.CompileAfterCalls + 5)]
    public void Insert_ConditionThrowsInterpretedOrCompiled_SameRuleConditionException(int goodPaymentsBefore)
    {
        var session = Rules.Session(new LargePaymentRule(new ActionLog()));
        session.InsertAll(Enumerable.Range(1, goodPaymentsBefore).Select(i => new Payment(i, 10m)));
        var broken = new Payment(0, -1m);

        var ex = Assert.Throws<RuleConditionException>(() => session.Insert(broken));

        Assert.Contains("Large payment", ex.RuleNames);
        Assert.Contains(broken, ex.Facts);
        var inner = Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Equal("negative amount", inner.Message);
    }
}
