using System.Reflection;
using System.Text;

namespace PerfRules.PublicApi.Tests.Listing;

/// <summary>
/// Writes a type as C# source would name it in a signature: namespace-qualified, C# keywords for the built-in types,
/// generic arguments, nested types joined with a dot, and a <c>?</c> where nullability says the reference may be null.
/// </summary>
internal static class TypeDisplay
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    /// <summary>The name of <paramref name="type"/>, annotated from <paramref name="nullability"/> when given.</summary>
    /// <param name="type">The type, possibly constructed, an array, a by-ref or a generic parameter.</param>
    /// <param name="nullability">The declared annotations of this use of the type; null for none (a base type, a constraint).</param>
    /// <param name="tupleNames">The element names of the tuples in this use of the type; null for none.</param>
    public static string Name(Type type, NullableMetadata? nullability = null, TupleNames? tupleNames = null)
    {
        var top = nullability?.State ?? NullabilityState.Unknown;
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability, tupleNames);
        }

        if (type.IsPointer)
        {
            return Name(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Name(type.GetElementType()!, nullability?.Element, tupleNames) + "["+ new string(',', rank - 1) + "]" + Mark(type, top);
        }

        if (type.IsGenericParameter)
        {
            return type.Name + Mark(type, top);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, Argument(nullability, 0, 1), tupleNames) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + Mark(type, top);
        }

        return Qualified(type, nullability, tupleNames) + Mark(type, top);
    }

    /// <summary>The declared name of a type definition, generic parameters included (<c>PerfRules.Engine.Foo&lt;T&gt;</c>).</summary>
    /// <param name="type">A type definition.</param>
    /// <param name="variance">Whether to write the variance of an interface's or delegate's parameters (<c>in T</c>, <c>out T</c>).</param>
    public static string Declaration(Type type, bool variance = false) => Qualified(type, nullability: null, tupleNames: null, variance);

    private static string Qualified(Type type, NullableMetadata? nullability, TupleNames? tupleNames, bool variance = false)
    {
        if (IsValueTuple(type))
        {
            var items = type.GetGenericArguments();
            var names = tupleNames?.Take(items.Length);
            var elements = items.Select((item, i) =>
                Name(item, Argument(nullability, i, items.Length), tupleNames) + (names?[i] is { } name ? " " + name : string.Empty));
            return "(" + string.Join(", ", elements) + ")";
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var arguments = type.GetGenericArguments();
        var chain = new List<Type>();
        for (var current = definition; current is not null; current = current.DeclaringType)
        {
            chain.Insert(0, current);
        }

        var text = new StringBuilder(string.IsNullOrEmpty(definition.Namespace) ? string.Empty : definition.Namespace + ".");
        var used = 0;
        foreach (var part in chain)
        {
            if (part != chain[0])
            {
                text.Append('.');
            }

            var tick = part.Name.IndexOf('`', StringComparison.Ordinal);
            text.Append(tick < 0 ? part.Name : part.Name[..tick]);

            // A nested type's generic parameters include its containing types' ones first.
            var total = part.GetGenericArguments().Length;
            if (total > used)
            {
                var own = Enumerable.Range(used, total - used)
                    .Select(i => (variance ? Variance(arguments[i]) : string.Empty) + Name(arguments[i], Argument(nullability, i, arguments.Length), tupleNames));
                text.Append('<').Append(string.Join(", ", own)).Append('>');
            }

            used = total;
        }

        return text.ToString();
    }

    private static string Variance(Type parameter) =>
        !parameter.IsGenericParameter ? string.Empty
        : parameter.GenericParameterAttributes.HasFlag(GenericParameterAttributes.Covariant) ? "out "
        : parameter.GenericParameterAttributes.HasFlag(GenericParameterAttributes.Contravariant) ? "in "
        : string.Empty;

    private static bool IsValueTuple(Type type) =>
        type.IsGenericType && !type.IsGenericTypeDefinition
        && type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal)
        && type.GetGenericArguments().Length < 8;

    private static NullableMetadata? Argument(NullableMetadata? nullability, int index, int count) =>
        nullability is not null && nullability.Arguments.Count == count ? nullability.Arguments[index] : null;

    private static string Mark(Type type, NullabilityState state) =>
        state == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;
}
