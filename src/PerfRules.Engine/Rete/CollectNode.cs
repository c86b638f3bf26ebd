using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// A collect: for each incoming token, one result token whose element is the live list of matching facts. The result
/// exists even when the list is empty; result conditions (<c>Where</c>) decide whether it is passed on.
/// </summary>
internal sealed class CollectNode<T>(int id, AlphaMemoryNode right, BetaCondition[] conditions, JoinKey? key, BetaCondition[] resultConditions, int index)
    : AggregateNode(id, right, conditions, key, resultConditions, index)
{
    public override void AssertLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (memory.States.ContainsKey(token))
        {
            return;
        }

        var result = memory.TakeSpareResult()?.Reuse(token) ?? NewResult(token);
        Matching(session, memory, token, result.Items);
        memory.States.Add(token, result);
        Refresh(session, result);
    }

    public override void ModifyLeft(Session session, Token token)
    {
        var memory = Memory(session);
        if (!memory.States.TryGetValue(token, out var state))
        {
            AssertLeft(session, token);
            return;
        }

        var result = (Result)state;
        if (ReadsToken)
        {
            result.Items.Clear();
            Matching(session, memory, token, result.Items);
        }

        Refresh(session, result);
    }

    private Result NewResult(Token token)
    {
        var items = new List<FactHandle>();
        return new Result(new Token(token, Index, null, new CollectionView<T>(items)), items);
    }

    protected override bool Holds(object state, FactHandle fact) => SortedFacts.Contains(((Result)state).Items, fact);

    protected override void Add(Session session, Token token, object state, FactHandle fact)
    {
        var result = (Result)state;
        SortedFacts.Add(result.Items, fact);
        Refresh(session, result);
    }

    protected override void Changed(Session session, Token token, object state, FactHandle fact) => Refresh(session, (Result)state);

    protected override void Remove(Session session, object state, FactHandle fact)
    {
        var result = (Result)state;
        SortedFacts.Remove(result.Items, fact);
        Refresh(session, result);
    }

    protected override void RetractAll(Session session, object state) => Withdraw(session, (Result)state);
}
