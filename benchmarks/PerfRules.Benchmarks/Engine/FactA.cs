namespace PerfRules.Benchmarks.Engine;

/// <summary>The first fact type of the benchmark rules: just an integer, as in NRules' benchmarks.</summary>
public sealed class FactA(int value)
{
    public int Value { get; } = value;
}
