namespace PerfRules.Engine;

/// <summary>Options for one session.</summary>
public sealed record SessionOptions
{
    /// <summary>The default <see cref="FiringLimit"/>: 100,000.</summary>
    public const int DefaultFiringLimit = 100_000;

    /// <summary>
    /// The most rules one call to <see cref="ISession.Fire()"/> may fire before the engine decides the rules chain
    /// forever and throws <see cref="RuleFiringLimitException"/>. Must be positive.
    /// </summary>
    public int FiringLimit { get; init; } = DefaultFiringLimit;
}
