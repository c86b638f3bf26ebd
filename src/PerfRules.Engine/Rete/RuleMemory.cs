using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// A rule node's memory in a session: the activation of each complete match. When the session is cleared, its
/// activations are kept for the session's next case, which makes about as many again (a pooled session scores one
/// department after another) instead of allocating them anew.
/// </summary>
internal sealed class RuleMemory((int First, int Second) size) : INodeMemory<RuleMemory>
{
    private readonly Stack<Activation> _spare = new();

    /// <summary>The activation of each complete match, by its token.</summary>
    public CompactMap<Token, Activation> Activations { get; } = CompactMap<Token, Activation>.Create(size);

    public (int First, int Second) Size => (Activations.Count, 0);

    public static RuleMemory Create((int First, int Second) size) => new(size);

    /// <summary>An activation of <paramref name="rule"/> for <paramref name="token"/>: a released one when there is one.</summary>
    public Activation NewActivation(CompiledRule rule, Token token) =>
        _spare.TryPop(out var activation) ? activation.Reuse(token) : new Activation(rule, token);

    /// <summary>Takes back an activation that never became part of the memory.</summary>
    public void Release(Activation activation) => _spare.Push(activation);

    public void Clear()
    {
        // The agenda and the context are cleared with the memories, and events never carry an activation, so nothing
        // can reach these activations once the session is cleared.
        foreach (var (_, activation) in Activations)
        {
            activation.Release();
            _spare.Push(activation);
        }

        Activations.Clear();
    }
}
