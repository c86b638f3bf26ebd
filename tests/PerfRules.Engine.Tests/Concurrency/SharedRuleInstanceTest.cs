namespace PerfRules.Engine.Tests.Concurrency;

/// <summary>
/// One rule instance added to many repositories at once, as when two rule sets that share rules (a county's table
/// extending its province's) are compiled by two threads: each repository gets the whole rule.
/// </summary>
public sealed class SharedRuleInstanceTest
{
    public sealed record Payment(int Id, decimal Amount);

    public sealed record Large(int PaymentId);

    [Name("Large payment")]
    public sealed class LargePaymentRule : Rule
    {
        public override void Define()
        {
            Payment payment = null!;
            When()
                .Match(() => payment, p => p.Amount > 1000m, p => p.Id > 0);
            Then()
                .Do(ctx => ctx.Insert(new Large(payment.Id)));
        }
    }

    [Fact]
    public void Add_SameRuleInstanceFromEightThreads_EveryRepositoryFiresTheWholeRule()
    {
        var rule = new LargePaymentRule();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 200; i++)
            {
                try
                {
                    var session = new RuleRepository().Add(rule).Compile().CreateSession();
                    session.InsertAll([new Payment(1, 5000m), new Payment(2, 10m), new Payment(-3, 9000m)]);
                    session.Fire();
                    if (session.Query<Large>() is not [{ PaymentId: 1 }])
                    {
                        failures.Add($"thread {t}, round {i}: {string.Join(", ", session.Query<Large>())}");
                    }
                }
                catch (Exception e)
                {
                    // Reported, not rethrown: an exception on this thread would crash the test host.
                    failures.Add($"thread {t}, round {i}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
    }
}
