using System.Collections.Concurrent;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>
/// The compiled, immutable Rete network and the session factory over it. All mutable state lives in sessions; the only
/// thing the network adds after construction is a thread-safe cache of which type nodes a runtime type reaches (and the
/// slot sessions keep its facts under).
/// </summary>
internal sealed class ReteNetwork : ISessionFactory
{
    private readonly TypeNode[] _typeNodes;
    private readonly ConcurrentDictionary<Type, FactType> _factTypes = new();
    private int _factTypeCount;
    // Two figures per node memory (see INodeMemory.Size), written by sessions as they finish firing.
    private readonly int[] _memorySizes;

    public ReteNetwork(TypeNode[] typeNodes, LeftSink[] rootSinks, RuleNode[] ruleNodes, int nodeCount)
    {
        _typeNodes = typeNodes;
        RootSinks = rootSinks;
        RuleNodes = ruleNodes;
        NodeCount = nodeCount;
        _memorySizes = new int[nodeCount * 2];
        Rules = ruleNodes.Select(r => (IRuleDefinition)r.Rule).ToArray();
        MaxElementCount = ruleNodes.Length == 0 ? 0 : ruleNodes.Max(r => r.Rule.ElementCount);
    }

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>The beta nodes whose left input is the root: they see the empty match when a session starts.</summary>
    public LeftSink[] RootSinks { get; }

    public RuleNode[] RuleNodes { get; }

    /// <summary>The most elements a rule's match binds: the longest arguments array a firing needs.</summary>
    public int MaxElementCount { get; }

    /// <summary>How many nodes own a memory; sessions size their memory table by it.</summary>
    public int NodeCount { get; }

    public IReadOnlyList<TypeNode> TypeNodes => _typeNodes;

    /// <summary>How many facts the last session held when it finished firing; sessions presize working memory to it.</summary>
    public SizeHint FactCount { get; } = new();

    /// <summary>How many activations the last session queued; sessions presize their agenda to it.</summary>
    public SizeHint ActivationCount { get; } = new();

    public ISession CreateSession() => CreateSession(new SessionOptions());

    public ISession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.FiringLimit, nameof(options));
        return new Session(this, options);
    }

    /// <summary>How much node <paramref name="id"/>'s memory held in the last session that recorded it; sessions presize
    /// the memory to it. Shared by all sessions, on any thread: a stale figure costs a resize, never a wrong result.</summary>
    public (int First, int Second) MemorySize(int id) =>
        (Volatile.Read(ref _memorySizes[2 * id]), Volatile.Read(ref _memorySizes[(2 * id) + 1]));

    public void RecordMemorySize(int id, (int First, int Second) size)
    {
        Volatile.Write(ref _memorySizes[2 * id], size.First);
        Volatile.Write(ref _memorySizes[(2 * id) + 1], size.Second);
    }

    /// <summary>What the network knows about facts of exactly <paramref name="factType"/>: the type nodes they enter
    /// and their slot. Thread-safe; two threads racing on a new type may each take a slot, and one is simply unused.</summary>
    public FactType FactTypeOf(Type factType) =>
        _factTypes.GetOrAdd(factType, static (type, network) => new FactType(
            network._typeNodes.Where(n => n.FactType.IsAssignableFrom(type)).ToArray(),
            Interlocked.Increment(ref network._factTypeCount) - 1), this);
}
