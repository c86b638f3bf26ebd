namespace PerfRules.Engine.Runtime;

/// <summary>The facts an alpha memory node holds in a session, presized to what it held in the factory's last session.</summary>
internal sealed class AlphaMemory(int capacity) : HashSet<FactHandle>(capacity), INodeMemory<AlphaMemory>
{
    public (int First, int Second) Size => (Count, 0);

    public static AlphaMemory Create((int First, int Second) size) => new(size.First);
}
