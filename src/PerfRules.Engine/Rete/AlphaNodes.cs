using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>A node of the alpha network: it filters single facts. Alpha nodes are stateless; memories live in the session.</summary>
internal abstract class AlphaNode
{
    public List<AlphaNode> Children { get; } = [];

    public abstract void Assert(Session session, FactHandle fact);

    /// <summary>The fact changed: re-test it, and assert, modify or retract below as the result says.</summary>
    public abstract void Modify(Session session, FactHandle fact);

    /// <summary>The fact is gone. Never evaluates a condition: the fact may no longer satisfy anything.</summary>
    public void Retract(Session session, FactHandle fact)
    {
        foreach (var child in Children)
        {
            child.Retract(session, fact);
        }

        OnRetract(session, fact);
    }

    protected virtual void OnRetract(Session session, FactHandle fact)
    {
    }

    protected void AssertChildren(Session session, FactHandle fact)
    {
        foreach (var child in Children)
        {
            child.Assert(session, fact);
        }
    }

    protected void ModifyChildren(Session session, FactHandle fact)
    {
        foreach (var child in Children)
        {
            child.Modify(session, fact);
        }
    }
}

/// <summary>The entry of the alpha network for one pattern type; receives every fact assignable to it.</summary>
internal sealed class TypeNode(Type factType) : AlphaNode
{
    public Type FactType { get; } = factType;

    public override void Assert(Session session, FactHandle fact) => AssertChildren(session, fact);

    public override void Modify(Session session, FactHandle fact) => ModifyChildren(session, fact);
}

/// <summary>Tests one condition on one fact. Shared by every rule that declares the same condition on the same path.</summary>
internal sealed class SelectionNode(AlphaCondition condition) : AlphaNode
{
    public AlphaCondition Condition { get; } = condition;

    public override void Assert(Session session, FactHandle fact)
    {
        session.Statistics.ConditionEvaluations++;
        if (Condition.IsSatisfiedBy(session, fact.Fact))
        {
            AssertChildren(session, fact);
        }
    }

    public override void Modify(Session session, FactHandle fact)
    {
        session.Statistics.ConditionEvaluations++;
        if (Condition.IsSatisfiedBy(session, fact.Fact))
        {
            ModifyChildren(session, fact);
        }
        else
        {
            Retract(session, fact);
        }
    }
}

/// <summary>Remembers the facts that passed every condition above it, and feeds them to the beta nodes that use them.</summary>
internal sealed class AlphaMemoryNode(int id) : AlphaNode
{
    public int Id { get; } = id;

    public List<TwoInputNode> Sinks { get; } = [];

    public AlphaMemory Facts(Session session) => session.Memory<AlphaMemory>(Id);

    public override void Assert(Session session, FactHandle fact)
    {
        if (Facts(session).Add(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.AssertRight(session, fact);
            }
        }
    }

    public override void Modify(Session session, FactHandle fact)
    {
        if (!Facts(session).Add(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.ModifyRight(session, fact);
            }

            return;
        }

        foreach (var sink in Sinks)
        {
            sink.AssertRight(session, fact);
        }
    }

    protected override void OnRetract(Session session, FactHandle fact)
    {
        if (Facts(session).Remove(fact))
        {
            foreach (var sink in Sinks)
            {
                sink.RetractRight(session, fact);
            }
        }
    }
}
