namespace PerfRules.Benchmarks.Engine;

/// <summary>The second fact type of the benchmark rules, distinct from <see cref="FactA"/> so that joins cross types.</summary>
public sealed class FactB(int value)
{
    public int Value { get; } = value;
}
