namespace PerfRules.Engine;

/// <summary>
/// A compiled rule set: the immutable Rete network, from which sessions are created.
/// </summary>
/// <remarks>Immutable and thread-safe: compile once, share it, and create sessions on any thread at once.</remarks>
public interface ISessionFactory
{
    /// <summary>The compiled rules, in the order they were added to the repository.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Creates a new, empty session with default options.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();

    /// <summary>Creates a new, empty session.</summary>
    /// <param name="options">The session's options.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    ISession CreateSession(SessionOptions options);
}
