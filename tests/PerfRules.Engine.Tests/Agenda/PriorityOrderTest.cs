using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Agenda;

/// <summary>The agenda: a higher [Priority] fires first; equal priorities fire in activation order.</summary>
public sealed class PriorityOrderTest
{
    public sealed class Apple(int id)
    {
        public int Id { get; } = id;

        public override string ToString() => $"Apple#{Id}";
    }

    public sealed class Banana(int id)
    {
        public int Id { get; } = id;

        public override string ToString() => $"Banana#{Id}";
    }

    public sealed class Marker(int id)
    {
        public int Id { get; } = id;
    }

    [Name("High"), Priority(10)]
    public sealed class HighRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Apple apple = null!;
            When().Match(() => apple);
            Then().Do(ctx => log.Add("High " + apple.Id));
        }
    }

    [Name("Normal")]
    public sealed class NormalRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Apple apple = null!;
            When().Match(() => apple);
            Then().Do(ctx => log.Add("Normal " + apple.Id));
        }
    }

    [Name("Low"), Priority(-5)]
    public sealed class LowRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Apple apple = null!;
            When().Match(() => apple);
            Then().Do(ctx => log.Add("Low " + apple.Id));
        }
    }

    [Name("Banana")]
    public sealed class BananaRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Banana banana = null!;
            When().Match(() => banana);
            Then().Do(ctx => log.Add("Banana " + banana.Id));
        }
    }

    [Name("Mark bananas"), Priority(5)]
    public sealed class MarkBananasRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Banana banana = null!;
            When().Match(() => banana);
            Then()
                .Do(ctx => log.Add("Mark " + banana.Id))
                .Do(ctx => ctx.Insert(new Marker(banana.Id)));
        }
    }

    [Name("Marker seen"), Priority(7)]
    public sealed class MarkerSeenRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Marker marker = null!;
            When().Match(() => marker);
            Then().Do(ctx => log.Add("Marker " + marker.Id));
        }
    }

    /// <summary>A parameterised rule: priority and name come from the instance, not from attributes.</summary>
    public sealed class DynamicPriorityRule(ActionLog log, string name, int priority) : Rule
    {
        public override string Name => name;

        public override int Priority => priority;

        public override void Define()
        {
            Apple apple = null!;
            When().Match(() => apple);
            Then().Do(ctx => log.Add(ctx.Rule.Name));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_ThreePrioritiesOneFact_HighestFirst()
    {
        // Added lowest first, so that repository order cannot explain the result.
        var session = Rules.Session(new LowRule(_log), new NormalRule(_log), new HighRule(_log));
        var recorder = new FiringRecorder(session);

        session.Insert(new Apple(1));
        session.Fire();

        Assert.Equal(["High 1", "Normal 1", "Low 1"], _log.Entries);
        Assert.Equal(["High", "Normal", "Low"], recorder.RuleNames);
    }

    [Fact]
    public void Fire_LowPriorityActivatedFirst_HighPriorityStillFiresFirst()
    {
        var session = Rules.Session(new BananaRule(_log), new HighRule(_log), new LowRule(_log));

        session.Insert(new Banana(1));
        session.Insert(new Apple(2));
        session.Fire();

        Assert.Equal(["High 2", "Banana 1", "Low 2"], _log.Entries);
    }

    [Fact]
    public void Fire_EqualPriority_FiresInActivationOrder()
    {
        var session = Rules.Session(new NormalRule(_log), new BananaRule(_log));

        session.Insert(new Banana(1));
        session.Insert(new Apple(2));
        session.Insert(new Banana(3));
        session.Insert(new Apple(4));
        session.Fire();

        Assert.Equal(["Banana 1", "Normal 2", "Banana 3", "Normal 4"], _log.Entries);
    }

    [Fact]
    public void Fire_PendingActivationUpdated_KeepsItsPlaceInCreationOrder()
    {
        var session = Rules.Session(new NormalRule(_log));
        var first = new Apple(1);
        session.Insert(first);
        session.Insert(new Apple(2));

        session.Update(first);
        session.Fire();

        // PriorityAttribute: "activations of equal priority fire in the order they were created".
        Assert.Equal(["Normal 1", "Normal 2"], _log.Entries);
    }

    [Fact]
    public void Fire_ActivationCreatedWhileFiring_TakesItsPlaceByPriority()
    {
        var session = Rules.Session(new MarkBananasRule(_log), new MarkerSeenRule(_log), new NormalRule(_log));

        session.Insert(new Apple(1));
        session.Insert(new Banana(2));
        session.Fire();

        // Mark (5) fires before Normal (0) and inserts a Marker, whose rule (7) jumps ahead of Normal.
        Assert.Equal(["Mark 2", "Marker 2", "Normal 1"], _log.Entries);
    }

    [Fact]
    public void Fire_PriorityFromOverriddenProperty_HonouredLikeTheAttribute()
    {
        var session = Rules.Session(
            new DynamicPriorityRule(_log, "minus one", -1),
            new DynamicPriorityRule(_log, "plus three", 3),
            new DynamicPriorityRule(_log, "zero", 0));

        session.Insert(new Apple(1));
        session.Fire();

        Assert.Equal(["plus three", "zero", "minus one"], _log.Entries);
    }
}
