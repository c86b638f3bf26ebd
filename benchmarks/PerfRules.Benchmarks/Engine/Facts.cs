namespace PerfRules.Benchmarks.Engine;

/// <summary>Builds the fact arrays the benchmarks insert: values 0 to count − 1, in order.</summary>
internal static class Facts
{
    public static FactA[] As(int count) => Enumerable.Range(0, count).Select(i => new FactA(i)).ToArray();

    public static FactB[] Bs(int count) => Enumerable.Range(0, count).Select(i => new FactB(i)).ToArray();
}
