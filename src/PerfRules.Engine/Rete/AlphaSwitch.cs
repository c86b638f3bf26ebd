using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// Sibling selection nodes that each compare the same value of a fact with a constant (<c>a.IndicatorCode == "1.1.2"</c>,
/// one node per code), reached through one lookup: the value is computed once, and only the nodes whose constant it
/// equals test the fact, where every node would otherwise test it in turn.
/// </summary>
/// <remarks>
/// <para>The network builder puts a switch over a run of consecutive siblings only, so the nodes a fact passes are still
/// visited in the order they were, and the activations they lead to are created in the same order. The constants are of
/// a type whose equality agrees with its hashing (see the builder's hashable types), so a node the lookup leaves out is
/// one whose condition would have been false; the nodes it finds still test their own conditions.</para>
/// <para>When the value cannot be computed (its expression throws), every node tests the fact as it would have without
/// the switch, and so reports its own error.</para>
/// </remarks>
internal sealed class AlphaSwitch : AlphaNode
{
    private static readonly object NullKey = new();
    private readonly Func<object, object?> _value;
    private readonly Dictionary<object, SelectionNode[]> _byConstant = [];

    /// <param name="value">The value of the fact the nodes compare.</param>
    /// <param name="nodes">The nodes, in their order among their siblings, each with the constant it compares the value with.</param>
    public AlphaSwitch(Func<object, object?> value, IReadOnlyList<(SelectionNode Node, object? Constant)> nodes)
    {
        _value = value;
        foreach (var (node, constant) in nodes)
        {
            Children.Add(node);
            var key = constant ?? NullKey;
            _byConstant[key] = _byConstant.TryGetValue(key, out var same) ? [.. same, node] : [node];
        }
    }

    public override void Assert(Session session, FactHandle fact)
    {
        if (!TryFind(fact, out var found))
        {
            AssertChildren(session, fact);
            return;
        }

        foreach (var node in found)
        {
            node.Assert(session, fact);
        }
    }

    public override void Modify(Session session, FactHandle fact)
    {
        var known = TryFind(fact, out var found);
        foreach (var child in Children)
        {
            // A node the value does not reach would have found its condition false: the fact leaves it, if it was there.
            if (!known || Array.IndexOf(found, child) >= 0)
            {
                child.Modify(session, fact);
            }
            else
            {
                child.Retract(session, fact);
            }
        }
    }

    /// <summary>The nodes whose constant the fact's value equals; false when the value's expression threw.</summary>
    private bool TryFind(FactHandle fact, out SelectionNode[] found)
    {
        object? value;
        try
        {
            value = _value(fact.Fact);
        }
        catch (Exception)
        {
            // Each node's own condition reports the error when it tests the fact.
            found = [];
            return false;
        }

        found = _byConstant.TryGetValue(value ?? NullKey, out var nodes) ? nodes : [];
        return true;
    }
}
