using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// A group-by: for each incoming token, one result token per key among the matching facts, whose element is the live
/// group. A group appears with its first fact and disappears with its last; a fact whose key changes moves between groups.
/// </summary>
internal sealed class GroupByNode<TKey, T>(
    int id,
    AlphaMemoryNode right,
    BetaCondition[] conditions,
    JoinKey? joinKey,
    BetaCondition[] resultConditions,
    GroupKey groupKey,
    int index)
    : AggregateNode(id, right, conditions, joinKey, resultConditions, index)
{
    public GroupKey GroupKey { get; } = groupKey;

    public override IEnumerable<ConditionBase> Expressions => [.. base.Expressions, GroupKey];

    public override void AssertLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (memory.States.ContainsKey(token))
        {
            return;
        }

        var state = new Groups();
        memory.States.Add(token, state);
        var matching = new List<FactHandle>();
        Matching(session, memory, token, matching);
        foreach (var fact in matching)
        {
            Place(session, token, state, fact);
        }

        foreach (var group in state.ByKey.Values)
        {
            Refresh(session, group);
        }
    }

    public override void ModifyLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (!memory.States.TryGetValue(token, out var existing))
        {
            AssertLeft(session, token);
            return;
        }

        var state = (Groups)existing;
        if (!ReadsToken)
        {
            // Group keys read only the fact, so when nothing else reads the token the groups cannot change: pass the change on.
            foreach (var group in state.ByKey.Values)
            {
                Refresh(session, group);
            }

            return;
        }

        // Regroup from scratch, but keep the result token of every key that survives, so its activation is updated
        // rather than deleted and created again.
        var old = state.ByKey;
        state.ByKey = [];
        state.KeyOf.Clear();
        var matching = new List<FactHandle>();
        Matching(session, memory, token, matching);
        foreach (var fact in matching)
        {
            if (!GroupKey.TryKeyOf(session, fact.Fact, out var key))
            {
                continue;
            }

            if (!state.ByKey.TryGetValue(key, out var group))
            {
                group = old.Remove(key, out var kept) ? Reset(kept) : NewGroup(token, key);
                state.ByKey.Add(key, group);
            }

            group.Items.Add(fact);
            state.KeyOf[fact] = key;
        }

        foreach (var gone in old.Values)
        {
            Withdraw(session, gone);
        }

        foreach (var group in state.ByKey.Values)
        {
            Refresh(session, group);
        }
    }

    protected override bool Holds(object state, FactHandle fact) => ((Groups)state).KeyOf.ContainsKey(fact);

    protected override void Add(Session session, Token token, object state, FactHandle fact)
    {
        if (Place(session, token, (Groups)state, fact) is { } group)
        {
            Refresh(session, group);
        }
    }

    protected override void Changed(Session session, Token token, object state, FactHandle fact)
    {
        var groups = (Groups)state;
        if (!GroupKey.TryKeyOf(session, fact.Fact, out var key))
        {
            Remove(session, groups, fact);
            return;
        }

        if (key.Equals(groups.KeyOf[fact]))
        {
            Refresh(session, groups.ByKey[key]);
            return;
        }

        Remove(session, groups, fact);
        Add(session, token, groups, fact);
    }

    protected override void Remove(Session session, object state, FactHandle fact)
    {
        var groups = (Groups)state;
        if (!groups.KeyOf.Remove(fact, out var key))
        {
            return;
        }

        var group = groups.ByKey[key];
        SortedFacts.Remove(group.Items, fact);
        if (group.Items.Count > 0)
        {
            Refresh(session, group);
            return;
        }

        groups.ByKey.Remove(key);
        Withdraw(session, group);
    }

    protected override void RetractAll(Session session, object state)
    {
        foreach (var group in ((Groups)state).ByKey.Values)
        {
            Withdraw(session, group);
        }
    }

    /// <summary>Puts a fact in the group of its key; null when its key failed (and the failure was handled).</summary>
    private Result? Place(Session session, Token token, Groups groups, FactHandle fact)
    {
        if (!GroupKey.TryKeyOf(session, fact.Fact, out var key))
        {
            return null;
        }

        if (!groups.ByKey.TryGetValue(key, out var group))
        {
            group = NewGroup(token, key);
            groups.ByKey.Add(key, group);
        }

        SortedFacts.Add(group.Items, fact);
        groups.KeyOf[fact] = key;
        return group;
    }

    private Result NewGroup(Token token, object key)
    {
        var items = new List<FactHandle>();
        var typedKey = ReferenceEquals(key, GroupKey.NullKey) ? default! : (TKey)key;
        return new Result(new Token(token, Index, null, new GroupView<TKey, T>(typedKey, items)), items);
    }

    private static Result Reset(Result group)
    {
        group.Items.Clear();
        return group;
    }

    private sealed class Groups
    {
        public Dictionary<object, Result> ByKey { get; set; } = [];

        public Dictionary<FactHandle, object> KeyOf { get; } = [];
    }
}
