using PerfRules.Engine.Rete;

namespace PerfRules.Engine.Runtime;

/// <summary>The <see cref="IContext"/> an action receives: the firing activation, and the session to change.</summary>
/// <remarks>
/// A session reuses one context from firing to firing (<see cref="Begin"/>), which the <see cref="IContext"/> contract
/// allows: a context is valid only during the action it was passed to. A firing that starts while another is running
/// (an action that fires its session again) gets a context of its own, so the outer firing's is never changed under it.
/// </remarks>
internal sealed class ActionContext(Session session) : IContext
{
    private IReadOnlyList<object>? _facts;

    public Activation Activation { get; private set; } = null!;

    public IRuleDefinition Rule => Activation.Rule;

    public IReadOnlyList<object> Facts => _facts ??= Activation.Facts();

    public CancellationToken CancellationToken { get; private set; }

    public CompiledRule CompiledRule => Activation.Rule;

    /// <summary>Points the context at the next firing.</summary>
    public void Begin(Activation activation, CancellationToken cancellationToken)
    {
        Activation = activation;
        CancellationToken = cancellationToken;
        _facts = null;
    }

    /// <summary>Lets go of the firing, so an idle context keeps no match (nor its facts) alive.</summary>
    public void End()
    {
        Activation = null!;
        CancellationToken = default;
        _facts = null;
    }

    public void Insert(object fact) => session.Insert(fact);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public bool TryRetract(object fact) => session.TryRetract(fact);
}
