namespace PerfRules.Benchmarks.Engine.Stress;

/// <summary>A product of the stress workload, joined to its orders by <see cref="Id"/>; each rule takes one category.</summary>
public sealed record Product(int Id, int Category);
