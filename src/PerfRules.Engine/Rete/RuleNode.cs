using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>The terminal node of a rule: every complete match becomes an activation on the session's agenda.</summary>
internal sealed class RuleNode(int id, CompiledRule rule) : LeftSink
{
    public int Id { get; } = id;

    public CompiledRule Rule { get; } = rule;

    public override void AssertLeft(Session session, Token token)
    {
        var memory = Memory(session);
        var activation = memory.NewActivation(Rule, token);
        if (!memory.Activations.TryAdd(token, activation))
        {
            memory.Release(activation);
            return;
        }

        session.Agenda.Add(activation);
        session.OnActivationCreated(activation);
    }

    public override void ModifyLeft(Session session, Token token)
    {
        if (!Memory(session).Activations.TryGetValue(token, out var activation))
        {
            AssertLeft(session, token);
            return;
        }

        // Refraction ends here: a fact of the match changed, so the match is due to fire again.
        session.Agenda.Add(activation);
        session.OnActivationUpdated(activation);
    }

    public override void RetractLeft(Session session, Token token)
    {
        if (!Memory(session).Activations.Remove(token, out var activation))
        {
            return;
        }

        activation.IsLive = false;
        session.Agenda.Remove(activation);
        session.OnActivationDeleted(activation);
        session.RetractLinkedFacts(activation);
    }

    public IEnumerable<Activation> Activations(Session session) => Memory(session).Activations.Values;

    private RuleMemory Memory(Session session) => session.Memory<RuleMemory>(Id);
}
