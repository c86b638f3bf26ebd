using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine.Stress;

/// <summary>
/// An order of the stress workload: the fact that joins a customer and a product. It declares its identity, so that an
/// update passes a new immutable instance (another channel) for the one in the session.
/// </summary>
public sealed record Order(int Id, int CustomerId, int ProductId, int Channel) : IIdentifiableFact
{
    object IIdentifiableFact.FactIdentity => Id;
}
