using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>Receives partial matches (tokens) from the node before it.</summary>
internal interface ILeftSink
{
    void AssertLeft(Session session, Token token);

    /// <summary>A fact inside the token changed; the token itself is the same.</summary>
    void ModifyLeft(Session session, Token token);

    void RetractLeft(Session session, Token token);
}

/// <summary>Receives facts from an alpha memory.</summary>
internal interface IRightSink
{
    void AssertRight(Session session, FactHandle fact);

    void ModifyRight(Session session, FactHandle fact);

    void RetractRight(Session session, FactHandle fact);
}

/// <summary>A beta node: it consumes tokens and produces tokens for its children.</summary>
internal abstract class BetaNode(int id) : ILeftSink
{
    public int Id { get; } = id;

    public List<ILeftSink> Children { get; } = [];

    /// <summary>Every compiled expression the node evaluates, so errors can name all the rules that share it.</summary>
    public abstract IEnumerable<ConditionBase> Expressions { get; }

    public abstract void AssertLeft(Session session, Token token);

    public abstract void ModifyLeft(Session session, Token token);

    public abstract void RetractLeft(Session session, Token token);

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
