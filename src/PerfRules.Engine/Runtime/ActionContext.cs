using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Runtime;

/// <summary>The <see cref="IContext"/> an action receives: the firing activation, and the session to change.</summary>
internal sealed class ActionContext(Session session, Activation activation, CancellationToken cancellationToken) : IContext
{
    private IReadOnlyList<object>? _facts;

    public Activation Activation { get; } = activation;

    public IRuleDefinition Rule => Activation.Rule;

    public IReadOnlyList<object> Facts => _facts ??= Activation.Facts();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public CompiledRule CompiledRule => Activation.Rule;

    public void Insert(object fact) => session.Insert(fact);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public bool TryRetract(object fact) => session.TryRetract(fact);
}
