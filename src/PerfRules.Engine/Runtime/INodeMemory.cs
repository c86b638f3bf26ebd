namespace PerfRules.Engine.Runtime;

/// <summary>
/// A node's memory in a session. It tells how much it holds, and the next session of the factory creates the node's
/// memory presized to that (see <see cref="INodeMemory{TSelf}"/>), so memories do not grow from empty on every evaluation.
/// </summary>
internal interface INodeMemory
{
    /// <summary>How many entries the memory holds: up to two figures, for memories with two sides (0 when unused).</summary>
    (int First, int Second) Size { get; }

    /// <summary>
    /// Empties the memory for the session's next case (see <see cref="ISession.Clear"/>), keeping what it allocated.
    /// Afterwards the memory must behave exactly as a new one: same contents (none), same enumeration order for what is
    /// added next.
    /// </summary>
    void Clear();
}

/// <summary>A node memory that can be created presized.</summary>
/// <typeparam name="TSelf">The memory type.</typeparam>
internal interface INodeMemory<TSelf> : INodeMemory
    where TSelf : class, INodeMemory<TSelf>
{
    /// <summary>
    /// A new, empty memory with room for <paramref name="size"/> (what the same node's memory held in the factory's last
    /// session). Capacity must never change what the memory holds nor the order it enumerates it in.
    /// </summary>
    static abstract TSelf Create((int First, int Second) size);
}
