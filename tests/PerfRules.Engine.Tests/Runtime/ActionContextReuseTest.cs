using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Runtime;

/// <summary>
/// A session reuses one action context from firing to firing; each action still sees its own rule and facts, also when
/// an action fires the session again in the middle of its own firing.
/// </summary>
public sealed class ActionContextReuseTest
{
    public sealed record Item(int Id);

    public sealed record Trigger(int Id);

    [Name("Describe item")]
    public sealed class DescribeRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => log.Add($"{ctx.Rule.Name} {ctx.Facts.Single()}"));
        }
    }

    /// <summary>Inserts an item and fires the session from inside its action, then reads its own context again.</summary>
    [Name("Nested firing")]
    public sealed class NestedFiringRule(ActionLog log, Func<ISession> session) : Rule
    {
        public override void Define()
        {
            Trigger trigger = null!;
            When().Match(() => trigger);
            Then().Do(ctx => FireInside(ctx, trigger));
        }

        private void FireInside(IContext ctx, Trigger trigger)
        {
            ctx.Insert(new Item(trigger.Id * 10));
            session().Fire();
            log.Add($"{ctx.Rule.Name} {ctx.Facts.Single()}");
        }
    }

    [Fact]
    public void Fire_ManyFirings_EachActionSeesItsOwnRuleAndFacts()
    {
        var log = new ActionLog();
        var session = Rules.Session(new DescribeRule(log));
        session.InsertAll([new Item(1), new Item(2), new Item(3)]);

        session.Fire();

        Assert.Equal(["Describe item Item { Id = 1 }", "Describe item Item { Id = 2 }", "Describe item Item { Id = 3 }"], log.Entries);
    }

    [Fact]
    public void Fire_ActionFiresTheSessionAgain_OuterActionStillSeesItsOwnContext()
    {
        var log = new ActionLog();
        ISession session = null!;
        session = Rules.Session(new DescribeRule(log), new NestedFiringRule(log, () => session));
        session.Insert(new Trigger(4));

        session.Fire();

        Assert.Equal(["Describe item Item { Id = 40 }", "Nested firing Trigger { Id = 4 }"], log.Entries);
    }
}
