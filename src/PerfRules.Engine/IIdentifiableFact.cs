namespace PerfRules.Engine;

/// <summary>
/// Lets a fact declare its identity in working memory.
/// </summary>
/// <remarks>
/// By default a session identifies a fact by reference: two distinct objects are two facts even when they are equal
/// (records included). A fact that implements this interface is identified instead by its runtime type together with
/// <see cref="FactIdentity"/>, compared with <see cref="object.Equals(object)"/>. That is what lets a host pass a new
/// immutable instance to <see cref="ISession.Update(object)"/> and have it replace the old one.
/// The identity must not change while the fact is in a session.
/// </remarks>
public interface IIdentifiableFact
{
    /// <summary>The fact's identity, unique among facts of the same runtime type in one session.</summary>
    object FactIdentity { get; }
}
