using System.Reflection;

namespace PerfRules.PublicApi.Tests.Listing;

/// <summary>
/// The element names of the tuples in one use of a type, from the compiler's TupleElementNamesAttribute: each tuple met
/// in a depth-first walk of the type takes as many names as it has elements, its own before its elements' ones.
/// Not thread-safe: it remembers how far the walk went.
/// </summary>
internal sealed class TupleNames
{
    private readonly IReadOnlyList<string?> _names;
    private int _next;

    private TupleNames(IReadOnlyList<string?> names) => _names = names;

    /// <summary>The names recorded on a field, property, event, parameter or return value; null when it records none.</summary>
    /// <param name="attributes">Its custom attribute data.</param>
    public static TupleNames? Of(IEnumerable<CustomAttributeData> attributes)
    {
        var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.TupleElementNamesAttribute");
        return attribute?.ConstructorArguments[0].Value is IReadOnlyCollection<CustomAttributeTypedArgument> names
            ? new TupleNames(names.Select(n => n.Value as string).ToList())
            : null;
    }

    /// <summary>The names of the next tuple's <paramref name="count"/> elements, null where an element has none.</summary>
    /// <param name="count">The tuple's number of elements.</param>
    public IReadOnlyList<string?> Take(int count)
    {
        var taken = Enumerable.Range(_next, count).Select(i => i < _names.Count ? _names[i] : null).ToList();
        _next += count;
        return taken;
    }
}
