namespace PerfRules.Engine.Rete;

/// <summary>
/// What the network knows about one runtime fact type: the type nodes its facts enter, and the slot under which a
/// session keeps its facts of exactly this type (see <see cref="Runtime.FactsOfType"/>).
/// </summary>
/// <remarks>The slot lets <see cref="Runtime.Session.Query{T}"/> answer a sealed type from its own facts instead of a
/// scan of working memory, for the price of the lookup every inserted fact already makes for its type nodes.</remarks>
internal sealed class FactType(TypeNode[] nodes, int slot)
{
    /// <summary>The type nodes a fact of this type enters: every pattern type it is assignable to.</summary>
    public TypeNode[] Nodes { get; } = nodes;

    /// <summary>Unique among the network's fact types, dense from 0: sessions index a table by it.</summary>
    public int Slot { get; } = slot;
}
