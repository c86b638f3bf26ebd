using PerfRules.Engine.Runtime;
using Matches = PerfRules.Engine.Runtime.CompactMap<PerfRules.Engine.Runtime.FactHandle, PerfRules.Engine.Runtime.FactHandle>;

namespace PerfRules.Engine.Rete;

/// <summary>
/// A <c>Not</c> or an <c>Exists</c>: passes a token on, unchanged, while no fact (not) or at least one fact (exists)
/// of its alpha memory satisfies the conditions with it. It keeps the matching facts per token, so facts coming and
/// going flip the result without re-testing anything else; most tokens never meet a matching fact, so a token's set is
/// created with its first match.
/// </summary>
internal sealed class NegationNode(int id, AlphaMemoryNode right, BetaCondition[] conditions, bool isExists) : TwoInputNode(id)
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

        var matches = Matching(session, token, null);
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
            matches?.Clear();
            var now = Matching(session, token, matches);
            if (now != matches)
            {
                memory.SetValue(token, now);
                matches = now;
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

    public override void AssertRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        foreach (var (token, matches) in memory)
        {
            if ((matches is null || !matches.ContainsKey(fact)) && BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                var passed = Passes(matches);
                Add(memory, token, matches, fact);
                Flip(session, token, passed, passes: IsExists, modifyWhenUnchanged: false);
            }
        }
    }

    public override void ModifyRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        foreach (var (token, matches) in memory)
        {
            var passed = Passes(matches);
            if (BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                Add(memory, token, matches, fact);
                Flip(session, token, passed, passes: IsExists, modifyWhenUnchanged: false);
            }
            else
            {
                matches?.Remove(fact);
                Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: false);
            }
        }
    }

    public override void RetractRight(Session session, FactHandle fact)
    {
        foreach (var (token, matches) in Memory(session))
        {
            var passed = Passes(matches);
            if (matches is not null && matches.Remove(fact))
            {
                Flip(session, token, passed, Passes(matches), modifyWhenUnchanged: false);
            }
        }
    }

    /// <summary>Adds the matching facts of the token to <paramref name="matches"/>, creating the set only for a first match.</summary>
    private Matches? Matching(Session session, Token token, Matches? matches)
    {
        foreach (var fact in Right.Facts(session))
        {
            if (BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                (matches ??= new()).TryAdd(fact, fact);
            }
        }

        return matches;
    }

    /// <summary>Records a matching fact; the token's set comes with its first match (setting a value in place is safe
    /// while the memory is being enumerated).</summary>
    private static void Add(CompactMap<Token, Matches?> memory, Token token, Matches? matches, FactHandle fact)
    {
        if (matches is null)
        {
            matches = new();
            memory.SetValue(token, matches);
        }

        matches.TryAdd(fact, fact);
    }

    private bool Passes(Matches? matches) => IsExists ? matches is { Count: > 0 } : matches is not { Count: > 0 };

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

    private CompactMap<Token, Matches?> Memory(Session session) => session.Memory<CompactMap<Token, Matches?>>(Id);
}
