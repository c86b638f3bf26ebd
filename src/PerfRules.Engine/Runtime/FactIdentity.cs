using System.Runtime.CompilerServices;

namespace PerfRules.Engine.Runtime;

/// <summary>
/// How working memory recognises a fact: by reference, unless it implements <see cref="IIdentifiableFact"/>, in which
/// case by its runtime type and declared identity.
/// </summary>
internal sealed class FactIdentity : IEqualityComparer<object>
{
    public static readonly FactIdentity Comparer = new();

    public static object KeyOf(object fact) =>
        fact is IIdentifiableFact identifiable
            ? new DeclaredKey(fact.GetType(), identifiable.FactIdentity ?? throw new ArgumentException(
                $"Fact {fact} declares a null identity; {nameof(IIdentifiableFact.FactIdentity)} must not be null.", nameof(fact)))
            : fact;

    public new bool Equals(object? x, object? y) =>
        x is DeclaredKey kx ? kx.Equals(y) : ReferenceEquals(x, y);

    public int GetHashCode(object obj) =>
        obj is DeclaredKey key ? key.GetHashCode() : RuntimeHelpers.GetHashCode(obj);

    private sealed record DeclaredKey(Type Type, object Identity);
}
