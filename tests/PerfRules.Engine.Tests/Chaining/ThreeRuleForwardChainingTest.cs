using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Chaining;

/// <summary>A inserts a B-fact, a rule on B inserts a C-fact, a rule on C fires: all within one Fire().</summary>
public sealed class ThreeRuleForwardChainingTest
{
    public sealed record Application(int Id);

    public sealed record Review(int ApplicationId);

    public sealed record Approval(int ApplicationId);

    [Name("Review applications")]
    public sealed class ReviewRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Application application = null!;
            When().Match(() => application);
            Then()
                .Do(ctx => log.Add("review " + application.Id))
                .Do(ctx => ctx.Insert(new Review(application.Id)));
        }
    }

    [Name("Approve reviewed")]
    public sealed class ApproveRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Review review = null!;
            When().Match(() => review);
            Then()
                .Do(ctx => log.Add("approve " + review.ApplicationId))
                .Do(ctx => ctx.Insert(new Approval(review.ApplicationId)));
        }
    }

    [Name("Announce approval")]
    public sealed class AnnounceRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Approval approval = null!;
            When().Match(() => approval);
            Then().Do(ctx => log.Add("announce " + approval.ApplicationId));
        }
    }

    private readonly ActionLog _log = new();

    private ISession NewSession() => Rules.Session(new AnnounceRule(_log), new ApproveRule(_log), new ReviewRule(_log));

    [Fact]
    public void Fire_OneApplication_ChainRunsToTheEndInOneFire()
    {
        var session = NewSession();
        var recorder = new FiringRecorder(session);

        session.Insert(new Application(1));
        var fired = session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal(["review 1", "approve 1", "announce 1"], _log.Entries);
        Assert.Equal(["Review applications", "Approve reviewed", "Announce approval"], recorder.RuleNames);
        Assert.Equal([new Approval(1)], session.Query<Approval>());
        Assert.Equal([new Review(1)], session.Query<Review>());
        Assert.Equal(0, session.PendingActivationCount);
    }

    [Fact]
    public void Fire_TwoApplications_ChainsAdvanceInActivationOrder()
    {
        var session = NewSession();

        session.InsertAll([new Application(1), new Application(2)]);
        var fired = session.Fire();

        Assert.Equal(6, fired);
        Assert.Equal(["review 1", "review 2", "approve 1", "approve 2", "announce 1", "announce 2"], _log.Entries);
    }

    [Fact]
    public void Fire_CalledAgain_ChainDoesNotRepeat()
    {
        var session = NewSession();
        session.Insert(new Application(1));
        session.Fire();

        Assert.Equal(0, session.Fire());
        Assert.Single(session.Query<Approval>());
    }
}
