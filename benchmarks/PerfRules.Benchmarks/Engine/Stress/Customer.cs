namespace PerfRules.Benchmarks.Engine.Stress;

/// <summary>A customer of the stress workload, joined to its orders by <see cref="Id"/>.</summary>
public sealed record Customer(int Id, int Segment);
