using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>Receives partial matches (tokens) from the node before it: a beta node or a rule's terminal node.</summary>
/// <remarks>
/// An abstract class rather than an interface: propagation calls these for every token on every child, at call sites
/// that meet every kind of node, where a virtual call costs a load and an indirect call and an interface call goes
/// through the runtime's dispatch stubs.
/// </remarks>
internal abstract class LeftSink
{
    public abstract void AssertLeft(Session session, Token token);

    /// <summary>A fact inside the token changed; the token itself is the same.</summary>
    public abstract void ModifyLeft(Session session, Token token);

    public abstract void RetractLeft(Session session, Token token);
}

/// <summary>A beta node: it consumes tokens and produces tokens for its children.</summary>
internal abstract class BetaNode(int id) : LeftSink
{
    public int Id { get; } = id;

    public List<LeftSink> Children { get; } = [];

    /// <summary>Every compiled expression the node evaluates, so errors can name all the rules that share it.</summary>
    public abstract IEnumerable<ConditionBase> Expressions { get; }

    protected void PropagateAssert(Session session, Token token)
    {
        foreach (var child in Children)
        {
            child.AssertLeft(session, token);
        }
    }

    protected void PropagateModify(Session session, Token token)
    {
        foreach (var child in Children)
        {
            child.ModifyLeft(session, token);
        }
    }

    protected void PropagateRetract(Session session, Token token)
    {
        foreach (var child in Children)
        {
            child.RetractLeft(session, token);
        }
    }
}

/// <summary>
/// A beta node with a right input as well: it receives facts from an alpha memory (a join, an aggregate, a negation).
/// </summary>
internal abstract class TwoInputNode(int id) : BetaNode(id)
{
    public abstract void AssertRight(Session session, FactHandle fact);

    public abstract void ModifyRight(Session session, FactHandle fact);

    public abstract void RetractRight(Session session, FactHandle fact);
}
