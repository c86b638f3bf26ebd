using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// The shape every engine benchmark shares: the rules are compiled once in global setup, and each measured call
/// creates a fresh session, inserts all facts and fires.
/// </summary>
public abstract class EngineBenchmark
{
    /// <summary>
    /// The join benchmarks fire up to 250 × 500 = 125,000 times in one call, over the default firing limit; the limit
    /// guards against runaway forward chaining, which none of these rules do.
    /// </summary>
    private static readonly SessionOptions _unlimited = new() { FiringLimit = int.MaxValue };

    private ISessionFactory? _factory;

    protected void Compile(params Rule[] rules) => _factory = new RuleRepository().Add(rules).Compile();

    /// <summary>
    /// Runs the measured call once in global setup and checks how many rules fired against the same count computed in
    /// plain C#, so that a benchmark of a wrong answer fails instead of printing a figure (the CI dry pass relies on it).
    /// </summary>
    protected static void Verify(string scenario, int fired, int expected)
    {
        if (fired != expected)
        {
            throw new InvalidOperationException($"{scenario}: the engine fired {fired} rules where {expected} matches exist.");
        }
    }

    protected ISession CreateSession() =>
        (_factory ?? throw new InvalidOperationException("Compile the rules in global setup first.")).CreateSession(_unlimited);
}
