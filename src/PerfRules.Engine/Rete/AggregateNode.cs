using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// The shared shape of collect and group-by: for each incoming token, the facts of an alpha memory that satisfy the
/// element conditions with it, kept current as tokens and facts change; subclasses decide what results that makes.
/// </summary>
internal abstract class AggregateNode(int id, AlphaMemoryNode right, BetaCondition[] conditions, BetaCondition[] resultConditions, int index)
    : BetaNode(id), IRightSink
{
    public AlphaMemoryNode Right { get; } = right;

    public BetaCondition[] Conditions { get; } = conditions;

    public BetaCondition[] ResultConditions { get; } = resultConditions;

    public int Index { get; } = index;

    public override IEnumerable<ConditionBase> Expressions => [.. Conditions, .. ResultConditions];

    public void AssertRight(Session session, FactHandle fact)
    {
        foreach (var (token, state) in Memory(session))
        {
            if (!Holds(state, fact) && BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                Add(session, token, state, fact);
            }
        }
    }

    public void ModifyRight(Session session, FactHandle fact)
    {
        foreach (var (token, state) in Memory(session))
        {
            var held = Holds(state, fact);
            var matches = BetaCondition.All(Conditions, session, token, fact.Fact);
            if (held && matches)
            {
                Changed(session, token, state, fact);
            }
            else if (held)
            {
                Remove(session, state, fact);
            }
            else if (matches)
            {
                Add(session, token, state, fact);
            }
        }
    }

    public void RetractRight(Session session, FactHandle fact)
    {
        foreach (var (_, state) in Memory(session))
        {
            if (Holds(state, fact))
            {
                Remove(session, state, fact);
            }
        }
    }

    public override void RetractLeft(Session session, Token token)
    {
        if (Memory(session).Remove(token, out var state))
        {
            RetractAll(session, state);
        }
    }

    /// <summary>The facts that match a token now, in insertion order.</summary>
    protected List<FactHandle> Matching(Session session, Token token)
    {
        var facts = new List<FactHandle>();
        foreach (var fact in Right.Facts(session))
        {
            if (BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                facts.Add(fact);
            }
        }

        facts.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return facts;
    }

    /// <summary>Re-tests a result and asserts, modifies or retracts its token accordingly.</summary>
    protected void Refresh(Session session, Result result)
    {
        var passes = true;
        foreach (var condition in ResultConditions)
        {
            if (!condition.IsSatisfiedBy(session, result.Token.Parent!, result.Token.Element!))
            {
                passes = false;
                break;
            }
        }

        var passed = result.Passed;
        result.Passed = passes;
        if (passed && passes)
        {
            PropagateModify(session, result.Token);
        }
        else if (passes)
        {
            PropagateAssert(session, result.Token);
        }
        else if (passed)
        {
            PropagateRetract(session, result.Token);
        }
    }

    protected void Withdraw(Session session, Result result)
    {
        if (result.Passed)
        {
            result.Passed = false;
            PropagateRetract(session, result.Token);
        }
    }

    protected CompactMap<Token, object> Memory(Session session) => session.Memory<CompactMap<Token, object>>(Id);

    protected abstract bool Holds(object state, FactHandle fact);

    protected abstract void Add(Session session, Token token, object state, FactHandle fact);

    protected abstract void Changed(Session session, Token token, object state, FactHandle fact);

    protected abstract void Remove(Session session, object state, FactHandle fact);

    protected abstract void RetractAll(Session session, object state);

    /// <summary>One aggregate result: its token (whose element is the live view) and whether it is passed on.</summary>
    protected sealed class Result(Token token, List<FactHandle> items)
    {
        public Token Token { get; } = token;

        public List<FactHandle> Items { get; } = items;

        public bool Passed { get; set; }
    }
}
