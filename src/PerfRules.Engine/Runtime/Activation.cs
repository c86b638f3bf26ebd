using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Runtime;

/// <summary>A complete match of a rule: a candidate firing, and the owner of the rule's linked facts for that match.</summary>
internal sealed class Activation(CompiledRule rule, Token token)
{
    public CompiledRule Rule { get; } = rule;

    public Token Token { get; } = token;

    public bool IsLive { get; set; } = true;

    /// <summary>The agenda sequence of its current queue entry; entries with another sequence are stale.</summary>
    public long QueueSequence { get; set; }

    public bool IsQueued { get; set; }

    /// <summary>The facts this activation's <c>Yield</c>s inserted, by yield slot; null until first fired.</summary>
    public FactHandle?[]? LinkedFacts { get; set; }

    public IReadOnlyList<object> Facts() => Token.Facts();
}
