using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Agenda;

/// <summary>Fire(CancellationToken) checks the token between firings; what fired stays fired.</summary>
public sealed class CancellationTest
{
    public sealed class Job(int id)
    {
        public int Id { get; } = id;
    }

    [Name("Run job")]
    public sealed class RunJobRule(ActionLog log, CancellationTokenSource cancelAfterFirst, List<CancellationToken> seen) : Rule
    {
        public override void Define()
        {
            Job job = null!;
            When().Match(() => job);
            Then()
                .Do(ctx => log.Add("job " + job.Id))
                .Do(ctx => seen.Add(ctx.CancellationToken))
                .Do(ctx => cancelAfterFirst.Cancel());
        }
    }

    private readonly ActionLog _log = new();
    private readonly List<CancellationToken> _seen = [];

    [Fact]
    public void Fire_TokenAlreadyCancelled_ThrowsOperationCanceled()
    {
        using var never = new CancellationTokenSource();
        var session = Rules.Session(new RunJobRule(_log, never, _seen));
        session.Insert(new Job(1));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => session.Fire(cancelled.Token));
    }

    [Fact]
    public void Fire_CancelledByTheFirstAction_StopsBeforeTheSecondAndKeepsItPending()
    {
        using var cts = new CancellationTokenSource();
        var session = Rules.Session(new RunJobRule(_log, cts, _seen));
        session.InsertAll([new Job(1), new Job(2), new Job(3)]);

        Assert.ThrowsAny<OperationCanceledException>(() => session.Fire(cts.Token));

        Assert.Equal(["job 1"], _log.Entries);
        Assert.Equal(2, session.PendingActivationCount);
        Assert.Equal(cts.Token, Assert.Single(_seen));
    }

    [Fact]
    public void Fire_WithoutToken_ContextTokenIsNone()
    {
        using var cts = new CancellationTokenSource();
        var session = Rules.Session(new RunJobRule(_log, cts, _seen));
        session.Insert(new Job(1));

        session.Fire();

        Assert.Equal(CancellationToken.None, Assert.Single(_seen));
    }
}
