using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// The shared shape of collect and group-by: for each incoming token, the facts of an alpha memory that satisfy the
/// element conditions with it, kept current as tokens and facts change; subclasses decide what results that makes.
/// </summary>
internal abstract class AggregateNode(
    int id,
    AlphaMemoryNode right,
    BetaCondition[] conditions,
    JoinKey? key,
    BetaCondition[] resultConditions,
    int index)
    : TwoInputNode(id)
{
    public AlphaMemoryNode Right { get; } = right;

    public BetaCondition[] Conditions { get; } = conditions;

    /// <summary>
    /// The equality of the element conditions, <c>f(fact) == g(match)</c>, when they have one (it is then not among
    /// <see cref="Conditions"/>): tokens and facts are hashed on it, as a join's are.
    /// </summary>
    public JoinKey? Key { get; } = key;

    public BetaCondition[] ResultConditions { get; } = resultConditions;

    public int Index { get; } = index;

    public override IEnumerable<ConditionBase> Expressions =>
        Key is null ? [.. Conditions, .. ResultConditions] : [.. Conditions, Key, .. ResultConditions];

    /// <summary>Whether a change to a token can change which facts match it: only conditions and keys read the token.</summary>
    protected bool ReadsToken => Conditions.Length > 0 || Key is not null;

    public override void AssertRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        if (Key is null)
        {
            foreach (var (token, state) in memory.States)
            {
                if (!Holds(state, fact) && Matches(session, token, fact))
                {
                    Add(session, token, state, fact);
                }
            }

            return;
        }

        var key = Key.RightKey(session, fact.Fact);
        memory.IndexFact(fact, key);
        foreach (var token in memory.TokensWith(key))
        {
            var state = memory.States[token];
            if (!Holds(state, fact) && Matches(session, token, fact))
            {
                Add(session, token, state, fact);
            }
        }
    }

    public override void ModifyRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        if (Key is null)
        {
            foreach (var (token, state) in memory.States)
            {
                Rematch(session, token, state, fact);
            }

            return;
        }

        if (!memory.TryGetFactKey(fact, out var old))
        {
            AssertRight(session, fact);
            return;
        }

        var key = Key.RightKey(session, fact.Fact);
        if (!key.Equals(old))
        {
            // Only the tokens of its old key can hold the fact; those of its new key are met below.
            memory.IndexFact(fact, key);
            foreach (var token in memory.TokensWith(old))
            {
                var state = memory.States[token];
                if (Holds(state, fact))
                {
                    Remove(session, state, fact);
                }
            }
        }

        foreach (var token in memory.TokensWith(key))
        {
            Rematch(session, token, memory.States[token], fact);
        }
    }

    public override void RetractRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        if (Key is null)
        {
            foreach (var (_, state) in memory.States)
            {
                if (Holds(state, fact))
                {
                    Remove(session, state, fact);
                }
            }

            return;
        }

        if (!memory.UnindexFact(fact, out var key))
        {
            return;
        }

        foreach (var token in memory.TokensWith(key))
        {
            var state = memory.States[token];
            if (Holds(state, fact))
            {
                Remove(session, state, fact);
            }
        }
    }

    public override void RetractLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (memory.States.Remove(token, out var state))
        {
            memory.UnindexToken(token);
            RetractAll(session, state);
        }
    }

    /// <summary>
    /// Adds the facts that match a token now to <paramref name="facts"/> (empty), in insertion order. A keyed node first
    /// indexes the token under its key, which may have changed since it was last indexed.
    /// </summary>
    protected void Matching(Session session, AggregateMemory memory, Token token, List<FactHandle> facts)
    {
        if (Key is null)
        {
            foreach (var fact in Right.Facts(session))
            {
                if (Matches(session, token, fact))
                {
                    facts.Add(fact);
                }
            }
        }
        else
        {
            var key = Key.LeftKey(session, token);
            memory.IndexToken(token, key);
            foreach (var fact in memory.FactsWith(key))
            {
                if (Matches(session, token, fact))
                {
                    facts.Add(fact);
                }
            }
        }

        facts.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    /// <summary>Re-tests a result and asserts, modifies or retracts its token accordingly.</summary>
    protected void Refresh(Session session, Result result)
    {
        // Every change to a result, of its facts or of a fact's instance, comes here to be passed on.
        ((AggregateView)result.Token.Element!).Changed();
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

    protected AggregateMemory Memory(Session session) => session.Memory<AggregateMemory>(Id);

    protected abstract bool Holds(object state, FactHandle fact);

    protected abstract void Add(Session session, Token token, object state, FactHandle fact);

    protected abstract void Changed(Session session, Token token, object state, FactHandle fact);

    protected abstract void Remove(Session session, object state, FactHandle fact);

    protected abstract void RetractAll(Session session, object state);

    /// <summary>Whether a fact satisfies the element conditions with a token (a keyed node has compared their keys already).</summary>
    private bool Matches(Session session, Token token, FactHandle fact)
    {
        session.Statistics.AggregateEvaluations++;
        return BetaCondition.All(Conditions, session, token, fact.Fact);
    }

    /// <summary>Re-tests a changed fact against a token: it is changed, removed or added there accordingly.</summary>
    private void Rematch(Session session, Token token, object state, FactHandle fact)
    {
        var held = Holds(state, fact);
        var matches = Matches(session, token, fact);
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

    /// <summary>One aggregate result: its token (whose element is the live view) and whether it is passed on.</summary>
    internal sealed class Result(Token token, List<FactHandle> items)
    {
        public Token Token { get; } = token;

        public List<FactHandle> Items { get; } = items;

        public bool Passed { get; set; }

        /// <summary>Empties the result of a cleared session, parent and snapshot included, so that it keeps nothing alive.</summary>
        public void Release()
        {
            Token.Reuse(null, Token.Index, null, Token.Element);
            Items.Clear();
            ((AggregateView)Token.Element!).Changed();
        }

        /// <summary>
        /// Makes a released result the (empty, not passed) result of another token of the same node, as a new one would
        /// be: its token, list and view are kept (see <see cref="AggregateMemory.Clear"/>).
        /// </summary>
        public Result Reuse(Token parent)
        {
            Token.Reuse(parent, Token.Index, null, Token.Element);
            Passed = false;
            return this;
        }
    }
}
