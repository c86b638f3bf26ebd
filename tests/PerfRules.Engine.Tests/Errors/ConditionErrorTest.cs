using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Errors;

/// <summary>A condition that throws: a <see cref="RuleConditionException"/> naming the rule and the facts, unless a handler handles it.</summary>
public sealed class ConditionErrorTest
{
    public sealed class Gauge(string name, int reading)
    {
        public string Name { get; } = name;

        public int Reading { get; set; } = reading;

        public override string ToString() => $"Gauge {Name}";
    }

    public static bool IsHigh(Gauge gauge) =>
        gauge.Reading < 0 ? throw new InvalidOperationException("negative reading") : gauge.Reading > 10;

    [Name("High gauge")]
    public sealed class HighGaugeRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Gauge gauge = null!;
            When().Match(() => gauge, g => IsHigh(g));
            Then().Do(ctx => log.Add(gauge.Name));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Insert_ConditionThrows_RuleConditionExceptionNamesRuleAndFact()
    {
        var session = Rules.Session(new HighGaugeRule(_log));
        var broken = new Gauge("boiler", -1);

        var ex = Assert.Throws<RuleConditionException>(() => session.Insert(broken));

        Assert.Contains("High gauge", ex.Message, StringComparison.Ordinal);
        Assert.Contains("High gauge", ex.RuleNames);
        Assert.Contains(broken, ex.Facts);
        Assert.Contains("Gauge boiler", ex.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("IsHigh", ex.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ConditionThrows_RuleConditionExceptionFromUpdate()
    {
        var session = Rules.Session(new HighGaugeRule(_log));
        var gauge = new Gauge("boiler", 20);
        session.Insert(gauge);

        gauge.Reading = -5;
        var ex = Assert.Throws<RuleConditionException>(() => session.Update(gauge));

        Assert.Contains("High gauge", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_HandlerMarksConditionErrorHandled_ConditionFalseAndNoThrow()
    {
        var session = Rules.Session(new HighGaugeRule(_log));
        var errors = new List<RuleEvaluationException>();
        session.ConditionFailed += (_, e) =>
        {
            errors.Add(e.Exception);
            e.IsHandled = true;
        };

        session.Insert(new Gauge("boiler", -1));
        session.Insert(new Gauge("turbine", 50));
        session.Fire();

        Assert.Equal(["turbine"], _log.Entries);
        var error = Assert.Single(errors);
        Assert.IsType<RuleConditionException>(error);
        Assert.Contains("High gauge", error.RuleNames);
    }

    [Fact]
    public void Insert_HandlerLeavesErrorUnhandled_StillThrows()
    {
        var session = Rules.Session(new HighGaugeRule(_log));
        var raised = 0;
        session.ConditionFailed += (_, _) => raised++;

        Assert.Throws<RuleConditionException>(() => session.Insert(new Gauge("boiler", -1)));
        Assert.Equal(1, raised);
    }
}
