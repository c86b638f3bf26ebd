using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Definition;

/// <summary>
/// A value a condition captures (a field of a parameterised rule, a local of Define) is read once, when the rule is
/// compiled, and becomes a constant of the condition: two instances with different values are two different nodes that
/// behave differently; two with the same value share one node; changing the field afterwards changes nothing.
/// </summary>
public sealed class CapturedConstantTest
{
    public sealed class Order(int id, decimal amount)
    {
        public int Id { get; } = id;

        public decimal Amount { get; } = amount;

        public override string ToString() => $"Order#{Id}";
    }

    public sealed class OverThresholdRule(string label, decimal threshold, ActionLog log) : Rule
    {
        private decimal _threshold = threshold;

        public override string Name => label;

        public void ChangeThreshold(decimal threshold) => _threshold = threshold;

        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > _threshold);
            Then().Do(ctx => log.Add(label + " " + order.Id));
        }
    }

    public sealed class LocalThresholdRule(string label, decimal threshold, ActionLog log) : Rule
    {
        public override string Name => label;

        public override void Define()
        {
            var limit = threshold;
            Order order = null!;
            When().Match(() => order, o => o.Amount > limit);
            Then().Do(ctx => log.Add(label + " " + order.Id));
        }
    }

    /// <summary>The threshold is behind a method call, which the compiler cannot read ahead: it is called at each evaluation.</summary>
    public sealed class MethodThresholdRule(string label, decimal threshold, ActionLog log) : Rule
    {
        private decimal _threshold = threshold;

        public override string Name => label;

        public void ChangeThreshold(decimal threshold) => _threshold = threshold;

        public decimal CurrentThreshold() => _threshold;

        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > CurrentThreshold());
            Then().Do(ctx => log.Add(label + " " + order.Id));
        }
    }

    private readonly ActionLog _log = new();

    private static long ConditionEvaluations(ISession session) => ((EngineSession)session).Statistics.ConditionEvaluations;

    [Fact]
    public void Fire_TwoInstancesDifferentThresholds_EachFiresForItsOwnThreshold()
    {
        var session = Rules.Session(new OverThresholdRule("over 100", 100m, _log), new OverThresholdRule("over 500", 500m, _log));

        session.InsertAll([new Order(1, 300m), new Order(2, 600m), new Order(3, 50m)]);
        session.Fire();

        Assert.Equal(["over 100 1", "over 100 2", "over 500 2"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Insert_TwoInstancesDifferentThresholds_TwoNodesEachEvaluated()
    {
        var session = Rules.Session(new OverThresholdRule("over 100", 100m, _log), new OverThresholdRule("over 500", 500m, _log));

        session.Insert(new Order(1, 300m));

        Assert.Equal(2, ConditionEvaluations(session));
    }

    [Fact]
    public void Insert_TwoInstancesSameThreshold_OneSharedNode()
    {
        var session = Rules.Session(
            new OverThresholdRule("over 100", 100m, _log), new OverThresholdRule("also over 100", 100m, _log), new LocalThresholdRule("local 100", 100m, _log));

        session.Insert(new Order(1, 300m));
        session.Fire();

        Assert.Equal(1, ConditionEvaluations(session));
        Assert.Equal(["also over 100 1", "local 100 1", "over 100 1"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_FieldChangedAfterCompile_ConditionKeepsTheCompiledValue()
    {
        var rule = new OverThresholdRule("over 100", 100m, _log);
        var factory = Rules.Compile(rule);

        rule.ChangeThreshold(1_000m);
        var session = factory.CreateSession();
        session.Insert(new Order(1, 300m));
        session.Fire();

        Assert.Equal(["over 100 1"], _log.Entries);
    }

    [Fact]
    public void Fire_ThresholdBehindAMethodCall_ReadAtEveryEvaluation()
    {
        var rule = new MethodThresholdRule("method", 100m, _log);
        var session = Rules.Session(rule);
        session.Insert(new Order(1, 300m));

        rule.ChangeThreshold(1_000m);
        session.Insert(new Order(2, 300m));
        session.Fire();

        Assert.Equal(["method 1"], _log.Entries);
    }
}
