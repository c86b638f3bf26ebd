using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>
/// Rules that collect the same facts share the collect node, and its view keeps one snapshot until the collected facts
/// change: the rules receive one immutable list, and a change gives the next firings a new list without touching the
/// ones received before.
/// </summary>
public sealed class SharedCollectSnapshotTest
{
    public sealed record Score(int Id, int Points) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    [Name("Scores, first reader")]
    public sealed class FirstReaderRule(List<IReadOnlyList<Score>> received) : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Score> scores = null!;
            When().Collect(() => scores);
            Then().Do(ctx => received.Add(scores));
        }
    }

    [Name("Scores, second reader")]
    public sealed class SecondReaderRule(List<IReadOnlyList<Score>> received) : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Score> scores = null!;
            When().Collect(() => scores);
            Then().Do(ctx => received.Add(scores));
        }
    }

    private readonly List<IReadOnlyList<Score>> _first = [];
    private readonly List<IReadOnlyList<Score>> _second = [];

    private ISession NewSession() => Rules.Session(new FirstReaderRule(_first), new SecondReaderRule(_second));

    [Fact]
    public void Fire_TwoRulesCollectingTheSameFacts_ReceiveOneList()
    {
        var session = NewSession();
        session.InsertAll([new Score(1, 10), new Score(2, 20)]);

        session.Fire();

        Assert.Equal([new Score(1, 10), new Score(2, 20)], _first.Single());
        Assert.Same(_first.Single(), _second.Single());
    }

    [Fact]
    public void Fire_AFactAddedThenUpdated_LaterFiringsReceiveNewListsAndEarlierListsStayAsReceived()
    {
        var session = NewSession();
        session.InsertAll([new Score(1, 10)]);
        session.Fire();

        session.Insert(new Score(2, 20));
        session.Fire();
        session.Update(new Score(1, 15));
        session.Fire();

        Assert.Equal(
            [[new Score(1, 10)], [new Score(1, 10), new Score(2, 20)], [new Score(1, 15), new Score(2, 20)]],
            _first.Select(list => list.ToArray()));
        Assert.Equal(_first.Select(list => list.ToArray()), _second.Select(list => list.ToArray()));
    }

    [Fact]
    public void Fire_AFactRetracted_TheNextListLacksItAndTheEarlierOneKeepsIt()
    {
        var session = NewSession();
        session.InsertAll([new Score(1, 10), new Score(2, 20)]);
        session.Fire();

        session.Retract(new Score(1, 10));
        session.Fire();

        Assert.Equal([new Score(1, 10), new Score(2, 20)], _first[0]);
        Assert.Equal([new Score(2, 20)], _first[1]);
    }
}
