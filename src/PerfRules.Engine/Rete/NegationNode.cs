using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// A <c>Not</c> or an <c>Exists</c>: passes a token on, unchanged, while no fact (not) or at least one fact (exists)
/// of its alpha memory satisfies the conditions with it. It counts the matching facts per token, so facts coming and
/// going flip the result without re-testing anything else.
/// </summary>
internal sealed class NegationNode(int id, AlphaMemoryNode right, BetaCondition[] conditions, bool isExists) : BetaNode(id), IRightSink
{
    public AlphaMemoryNode Right { get; } = right;

    public BetaCondition[] Conditions { get; } = conditions;

    public bool IsExists { get; } = isExists;

    public override IEnumerable<ConditionBase> Expressions => Conditions;

    public override void AssertLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (memory.ContainsKey(token))
        {
            return;
        }

        var matches = new CompactMap<FactHandle, FactHandle>();
        foreach (var fact in Right.Facts(session))
        {
            if (BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                matches.TryAdd(fact, fact);
            }
        }

        memory.Add(token, matches);
        if (Passes(matches))
        {
            PropagateAssert(session, token);
        }
    }

    public override void ModifyLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (!memory.TryGetValue(token, out var matches))
        {
            AssertLeft(session, token);
            return;
        }

        var passed = Passes(matches);
        if (Conditions.Length > 0)
        {
            // Only conditions that read the token can change which facts match when the token changes.
            matches.Clear();
            foreach (var fact in Right.Facts(session))
            {
                if (BetaCondition.All(Conditions, session, token, fact.Fact))
                {
                    matches.TryAdd(fact, fact);
                }
            }
        }

        Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: true);
    }

    public override void RetractLeft(Session session, Token token)
    {
        if (Memory(session).Remove(token, out var matches) && Passes(matches))
        {
            PropagateRetract(session, token);
        }
    }

    public void AssertRight(Session session, FactHandle fact)
    {
        foreach (var (token, matches) in Memory(session))
        {
            if (!matches.ContainsKey(fact) && BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                var passed = Passes(matches);
                matches.TryAdd(fact, fact);
                Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: false);
            }
        }
    }

    public void ModifyRight(Session session, FactHandle fact)
    {
        foreach (var (token, matches) in Memory(session))
        {
            var passed = Passes(matches);
            if (BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                matches.TryAdd(fact, fact);
            }
            else
            {
                matches.Remove(fact);
            }

            Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: false);
        }
    }

    public void RetractRight(Session session, FactHandle fact)
    {
        foreach (var (token, matches) in Memory(session))
        {
            var passed = Passes(matches);
            if (matches.Remove(fact))
            {
                Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: false);
            }
        }
    }

    private bool Passes(CompactMap<FactHandle, FactHandle> matches) => IsExists ? matches.Count > 0 : matches.Count == 0;

    private void Flip(Session session, Token token, bool passed, bool passes, bool modifyWhenUnchanged)
    {
        if (passed && passes)
        {
            if (modifyWhenUnchanged)
            {
                PropagateModify(session, token);
            }
        }
        else if (passes)
        {
            PropagateAssert(session, token);
        }
        else if (passed)
        {
            PropagateRetract(session, token);
        }
    }

    private CompactMap<Token, CompactMap<FactHandle, FactHandle>> Memory(Session session) => session.Memory<CompactMap<Token, CompactMap<FactHandle, FactHandle>>>(Id);
}
