using System.Collections.Concurrent;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Sharing;

/// <summary>Two rules with the same condition on the same type share one alpha node: the condition runs once per fact.</summary>
public sealed class AlphaNodeSharingTest
{
    /// <summary>A fact that carries the key of the test that made it, so that parallel tests count separately.</summary>
    public sealed class Sample(string testKey, int value)
    {
        public string TestKey { get; } = testKey;

        public int Value { get; set; } = value;
    }

    /// <summary>Counts condition evaluations per test key; safe when xunit runs test classes in parallel.</summary>
    public static class Probe
    {
        private static readonly ConcurrentDictionary<string, int> Calls = new(StringComparer.Ordinal);

        public static bool Check(Sample sample)
        {
            Calls.AddOrUpdate(sample.TestKey, 1, (_, n) => n + 1);
            return sample.Value > 0;
        }

        public static int CallsFor(string testKey) => Calls.TryGetValue(testKey, out var n) ? n : 0;
    }

    [Name("First rule on positive samples")]
    public sealed class FirstRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Sample sample = null!;
            When().Match(() => sample, x => Probe.Check(x));
            Then().Do(ctx => log.Add("first " + sample.Value));
        }
    }

    [Name("Second rule on positive samples")]
    public sealed class SecondRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Sample sample = null!;
            When().Match(() => sample, x => Probe.Check(x));
            Then().Do(ctx => log.Add("second " + sample.Value));
        }
    }

    private readonly ActionLog _log = new();
    private readonly string _key = Guid.NewGuid().ToString("N");

    [Fact]
    public void Insert_TwoRulesSameCondition_ConditionEvaluatedOncePerFact()
    {
        var session = Rules.Session(new FirstRule(_log), new SecondRule(_log));

        session.InsertAll([new Sample(_key, 1), new Sample(_key, 2), new Sample(_key, -3)]);
        session.Fire();

        Assert.Equal(3, Probe.CallsFor(_key));
        Assert.Equal(["first 1", "first 2", "second 1", "second 2"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_TwoRulesSameCondition_ConditionReevaluatedOncePerUpdate()
    {
        var session = Rules.Session(new FirstRule(_log), new SecondRule(_log));
        var sample = new Sample(_key, 1);
        session.Insert(sample);
        var afterInsert = Probe.CallsFor(_key);

        sample.Value = 5;
        session.Update(sample);
        session.Fire();

        Assert.Equal(1, afterInsert);
        Assert.Equal(2, Probe.CallsFor(_key));
        Assert.Equal(["first 5", "second 5"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Insert_SameConditionInTwoSessions_EachSessionEvaluatesItsOwnFacts()
    {
        var factory = Rules.Compile(new FirstRule(_log), new SecondRule(_log));

        factory.CreateSession().Insert(new Sample(_key, 1));
        factory.CreateSession().Insert(new Sample(_key, 1));

        Assert.Equal(2, Probe.CallsFor(_key));
    }
}
