using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Chaining;

/// <summary>What an action does to working memory propagates at once: later activations see it.</summary>
public sealed class AgendaChangesDuringFiringTest
{
    public sealed class Task(int id)
    {
        public int Id { get; } = id;
    }

    public sealed class Cancellation(int taskId)
    {
        public int TaskId { get; } = taskId;
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }

    internal static void Increment(Counter counter) => counter.Value++;

    [Name("Cancel tasks"), Priority(10)]
    public sealed class CancelTasksRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Cancellation cancellation = null!;
            Task task = null!;
            When()
                .Match(() => cancellation)
                .Match(() => task, t => t.Id == cancellation.TaskId);
            Then()
                .Do(ctx => log.Add("cancel " + task.Id))
                .Do(ctx => ctx.Retract(task));
        }
    }

    [Name("Run tasks")]
    public sealed class RunTasksRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Task task = null!;
            When().Match(() => task);
            Then().Do(ctx => log.Add("run " + task.Id));
        }
    }

    [Name("Count to three")]
    public sealed class CountToThreeRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value < 3);
            Then()
                .Do(ctx => Increment(counter))
                .Do(ctx => log.Add("count " + counter.Value))
                .Do(ctx => ctx.Update(counter));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_HigherPriorityRuleRetractsAFact_PendingActivationOnItNeverFires()
    {
        var session = Rules.Session(new RunTasksRule(_log), new CancelTasksRule(_log));

        session.InsertAll([new Task(1), new Task(2), new Cancellation(1)]);
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["cancel 1", "run 2"], _log.Entries);
        Assert.Equal([2], session.Query<Task>().Select(t => t.Id));
    }

    [Fact]
    public void Fire_RuleUpdatesItsOwnFact_RefiresUntilItNoLongerMatches()
    {
        var session = Rules.Session(new CountToThreeRule(_log));
        var counter = new Counter();
        session.Insert(counter);

        var fired = session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal(["count 1", "count 2", "count 3"], _log.Entries);
        Assert.Equal(3, counter.Value);
    }

    [Fact]
    public void Fire_ActionContext_CarriesTheRuleAndTheFactsInPatternOrder()
    {
        var seen = new List<(string Rule, IReadOnlyList<object> Facts)>();
        var session = Rules.Session(new CancelTasksRule(_log));
        session.RuleFiring += (_, e) => seen.Add((e.Rule.Name, e.Facts));
        var task = new Task(7);
        var cancellation = new Cancellation(7);

        session.InsertAll([task, cancellation]);
        session.Fire();

        var (rule, facts) = Assert.Single(seen);
        Assert.Equal("Cancel tasks", rule);
        Assert.Equal([cancellation, task], facts);
    }
}
