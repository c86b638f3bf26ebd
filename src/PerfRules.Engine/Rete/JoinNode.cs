using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// Joins partial matches with the facts of an alpha memory: one child token per (token, fact) pair that satisfies the
/// join conditions. With an equality key, both memories are hashed on it, so a new fact meets only the tokens with its
/// key and the cost of a join does not grow with the size of the other side.
/// </summary>
internal sealed class JoinNode(int id, AlphaMemoryNode right, BetaCondition[] conditions, JoinKey? key, int index) : TwoInputNode(id)
{
    public AlphaMemoryNode Right { get; } = right;

    public BetaCondition[] Conditions { get; } = conditions;

    public JoinKey? Key { get; } = key;

    public override IEnumerable<ConditionBase> Expressions => Key is null ? Conditions : [.. Conditions, Key];

    /// <summary>The element position the child tokens bind.</summary>
    public int Index { get; } = index;

    public override void AssertLeft(Session session, Token token)
    {
        var memory = Memory(session);
        var entry = memory.NewLeftEntry();
        if (!memory.Lefts.TryAdd(token, entry))
        {
            memory.Release(entry);
            return;
        }

        if (Key is null)
        {
            foreach (var fact in Right.Facts(session))
            {
                TryJoin(session, memory, token, entry, fact);
            }

            return;
        }

        entry.Key = Key.LeftKey(session, token);
        memory.LeftIndex.Add(entry.Key, token);
        foreach (var fact in memory.RightIndex.Find(entry.Key))
        {
            TryJoin(session, memory, token, entry, fact);
        }
    }

    public override void ModifyLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (!memory.Lefts.TryGetValue(token, out var entry))
        {
            AssertLeft(session, token);
            return;
        }

        if (Key is null && Conditions.Length == 0)
        {
            // A cross product: the token's change cannot change which facts it joins, only what its children hold.
            foreach (var (_, child) in entry.Children)
            {
                PropagateModify(session, child);
            }

            return;
        }

        if (Key is not null)
        {
            var key = Key.LeftKey(session, token);
            if (!key.Equals(entry.Key))
            {
                memory.LeftIndex.Remove(entry.Key!, token);
                entry.Key = key;
                memory.LeftIndex.Add(key, token);
            }
        }

        if (entry.Children.Count > 0)
        {
            foreach (var (fact, child) in entry.Children.ToArray())
            {
                if (IsCandidate(memory, entry, fact) && BetaCondition.All(Conditions, session, token, fact.Fact))
                {
                    PropagateModify(session, child);
                }
                else
                {
                    RemoveChild(session, memory, child);
                }
            }
        }

        foreach (var fact in Candidates(session, memory, entry))
        {
            if (!entry.Children.ContainsKey(fact))
            {
                TryJoin(session, memory, token, entry, fact);
            }
        }
    }

    public override void RetractLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (!memory.Lefts.Remove(token, out var entry))
        {
            return;
        }

        if (Key is not null)
        {
            memory.LeftIndex.Remove(entry.Key!, token);
        }

        foreach (var (fact, child) in entry.Children)
        {
            memory.Rights[fact].Children.Remove(token);
            PropagateRetract(session, child);
        }
    }

    public override void AssertRight(Session session, FactHandle fact)
    {
        // The fact may already be registered, when it reached this node's left side first (a self-join); joining is
        // idempotent, so the left tokens are still all visited.
        var memory = Memory(session);
        var right = Register(session, memory, fact);
        if (Key is null)
        {
            foreach (var (token, entry) in memory.Lefts)
            {
                TryJoin(session, memory, token, entry, fact);
            }

            return;
        }

        foreach (var token in memory.LeftIndex.Find(right.Key!))
        {
            TryJoin(session, memory, token, memory.Lefts[token], fact);
        }
    }

    public override void ModifyRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        if (!memory.Rights.TryGetValue(fact, out var right))
        {
            AssertRight(session, fact);
            return;
        }

        if (Key is not null)
        {
            var key = Key.RightKey(session, fact.Fact);
            if (!key.Equals(right.Key))
            {
                memory.RightIndex.Remove(right.Key!, fact);
                right.Key = key;
                memory.RightIndex.Add(key, fact);
            }
        }

        foreach (var (token, child) in right.Children.ToArray())
        {
            var entry = memory.Lefts[token];
            if ((Key is null || Equals(entry.Key, right.Key)) && BetaCondition.All(Conditions, session, token, fact.Fact))
            {
                PropagateModify(session, child);
            }
            else
            {
                RemoveChild(session, memory, child);
            }
        }

        Token[] candidates = Key is null ? [.. memory.Lefts.Keys] : memory.LeftIndex.ToArray(right.Key!);
        foreach (var token in candidates)
        {
            if (!right.Children.ContainsKey(token))
            {
                TryJoin(session, memory, token, memory.Lefts[token], fact);
            }
        }
    }

    public override void RetractRight(Session session, FactHandle fact)
    {
        var memory = Memory(session);
        if (!memory.Rights.Remove(fact, out var right))
        {
            return;
        }

        if (Key is not null)
        {
            memory.RightIndex.Remove(right.Key!, fact);
        }

        foreach (var (token, child) in right.Children)
        {
            memory.Lefts[token].Children.Remove(fact);
            PropagateRetract(session, child);
        }
    }

    private bool IsCandidate(JoinMemory memory, LeftEntry entry, FactHandle fact) =>
        Key is null || (memory.Rights.TryGetValue(fact, out var right) && Equals(right.Key, entry.Key));

    private IEnumerable<FactHandle> Candidates(Session session, JoinMemory memory, LeftEntry entry)
    {
        if (Key is null)
        {
            return Right.Facts(session).ToArray();
        }

        return memory.RightIndex.ToArray(entry.Key!);
    }

    private void TryJoin(Session session, JoinMemory memory, Token token, LeftEntry entry, FactHandle fact)
    {
        if (entry.Children.ContainsKey(fact))
        {
            return;
        }

        session.Statistics.JoinEvaluations++;
        if (!BetaCondition.All(Conditions, session, token, fact.Fact))
        {
            return;
        }

        var child = memory.NewToken(token, Index, fact);
        // A token has at most as many children as the memory has facts, and a fact as it has tokens.
        entry.Children.Add(fact, child, memory.ExpectedSize.Rights);
        Register(session, memory, fact).Children.Add(token, child, memory.ExpectedSize.Lefts);
        PropagateAssert(session, child);
    }

    private RightEntry Register(Session session, JoinMemory memory, FactHandle fact)
    {
        if (memory.Rights.TryGetValue(fact, out var right))
        {
            return right;
        }

        right = memory.NewRightEntry();
        memory.Rights.Add(fact, right);
        if (Key is not null)
        {
            right.Key = Key.RightKey(session, fact.Fact);
            memory.RightIndex.Add(right.Key, fact);
        }

        return right;
    }

    private void RemoveChild(Session session, JoinMemory memory, Token child)
    {
        memory.Lefts[child.Parent!].Children.Remove(child.Handle!);
        memory.Rights[child.Handle!].Children.Remove(child.Parent!);
        PropagateRetract(session, child);
    }

    private JoinMemory Memory(Session session) => session.Memory<JoinMemory>(Id);

    /// <summary>A token's place in the memory: its join key and its child tokens by fact.</summary>
    private sealed class LeftEntry
    {
        // A field, not a property: the struct is changed in place.
        public ChildTokens<FactHandle> Children;

        public object? Key { get; set; }

        /// <summary>Empties the entry for its next use, keeping the map its children may have grown.</summary>
        public void Reset()
        {
            Children.Clear();
            Key = null;
        }
    }

    /// <summary>A fact's place in the memory: its join key and its child tokens by their left token.</summary>
    private sealed class RightEntry
    {
        // A field, not a property: the struct is changed in place.
        public ChildTokens<Token> Children;

        public object? Key { get; set; }

        /// <summary>Empties the entry for its next use, keeping the map its children may have grown.</summary>
        public void Reset()
        {
            Children.Clear();
            Key = null;
        }
    }

    /// <remarks>
    /// When its session is cleared, the memory keeps its entries and the child tokens it made for the session's next
    /// case, which makes about as many again (a pooled session scores one department after another). They can be
    /// reused because nothing outside the session's memories, agenda and activations, all cleared with it, holds them.
    /// </remarks>
    private sealed class JoinMemory((int Lefts, int Rights) size) : INodeMemory<JoinMemory>
    {
        private readonly Stack<LeftEntry> _spareLefts = new();
        private readonly Stack<RightEntry> _spareRights = new();
        private readonly Stack<Token> _spareTokens = new();
        private KeyIndex<Token>? _leftIndex;
        private KeyIndex<FactHandle>? _rightIndex;

        public CompactMap<Token, LeftEntry> Lefts { get; } = CompactMap<Token, LeftEntry>.Create((size.Lefts, 0));

        public CompactMap<FactHandle, RightEntry> Rights { get; } = CompactMap<FactHandle, RightEntry>.Create((size.Rights, 0));

        /// <summary>Tokens by join key; only a keyed join reads it, so it comes on first use.</summary>
        public KeyIndex<Token> LeftIndex => _leftIndex ??= new(ExpectedSize.Lefts);

        /// <summary>Facts by join key; only a keyed join reads it, so it comes on first use.</summary>
        public KeyIndex<FactHandle> RightIndex => _rightIndex ??= new(ExpectedSize.Rights);

        public (int First, int Second) Size => (Lefts.Count, Rights.Count);

        /// <summary>The sizes this memory was presized to: what the node held in the factory's last session.</summary>
        public (int Lefts, int Rights) ExpectedSize { get; } = size;

        public static JoinMemory Create((int First, int Second) size) => new(size);

        public LeftEntry NewLeftEntry() => _spareLefts.TryPop(out var entry) ? entry : new LeftEntry();

        public RightEntry NewRightEntry() => _spareRights.TryPop(out var entry) ? entry : new RightEntry();

        /// <summary>Takes back an entry that never became part of the memory.</summary>
        public void Release(LeftEntry entry) => _spareLefts.Push(entry);

        /// <summary>A child token of <paramref name="parent"/> adding <paramref name="fact"/>.</summary>
        public Token NewToken(Token parent, int index, FactHandle fact) =>
            _spareTokens.TryPop(out var token) ? token.Reuse(parent, index, fact, null) : new Token(parent, index, fact, null);

        public void Clear()
        {
            // Every child token is in the children of exactly one left entry (its parent's), so each is kept once.
            foreach (var (_, left) in Lefts)
            {
                foreach (var (_, child) in left.Children)
                {
                    child.Release();
                    _spareTokens.Push(child);
                }

                left.Reset();
                _spareLefts.Push(left);
            }

            foreach (var (_, right) in Rights)
            {
                right.Reset();
                _spareRights.Push(right);
            }

            Lefts.Clear();
            Rights.Clear();
            _leftIndex?.Clear();
            _rightIndex?.Clear();
        }
    }
}
