using System.Collections.Concurrent;
using System.Reflection;

namespace PerfRules.Testing.Variations;

/// <summary>
/// How to read and rebuild a fact of one type: its constructor, whose parameters are its fields (a positional record,
/// or a class whose constructor parameters name its properties). Rule sets bring their own fact types, so the shape is
/// found by reflection; a type without such a constructor is left as it is.
/// </summary>
internal sealed class FactShape
{
    private static readonly ConcurrentDictionary<Type, FactShape?> Shapes = new();

    private readonly ConstructorInfo _constructor;
    private readonly PropertyInfo[] _properties;

    private FactShape(ConstructorInfo constructor, PropertyInfo[] properties)
    {
        _constructor = constructor;
        _properties = properties;
        Fields = [.. properties.Select(p => new FactField(p.Name, FieldKindOf(p.PropertyType))).Where(f => f.Kind is not null).Select(f => (f.Name, f.Kind!.Value))];
    }

    /// <summary>The fields a variation may change: numbers, dates and flags, in constructor order.</summary>
    public IReadOnlyList<(string Name, FieldKind Kind)> Fields { get; }

    /// <summary>The shape of a fact type, or <see langword="null"/> when it cannot be rebuilt field by field.</summary>
    public static FactShape? Of(Type type) => Shapes.GetOrAdd(type, Find);

    /// <summary>A field's current value.</summary>
    public object? Get(object fact, string field) => _properties.First(p => p.Name == field).GetValue(fact);

    /// <summary>A copy of the fact with some fields replaced; the fact itself is left unchanged.</summary>
    public object With(object fact, IReadOnlyDictionary<string, object?> changes)
    {
        var arguments = _properties.Select(p => changes.TryGetValue(p.Name, out var value) ? value : p.GetValue(fact)).ToArray();
        try
        {
            return _constructor.Invoke(arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new InvalidOperationException(
                $"Could not rebuild {fact.GetType().Name} with {string.Join(", ", changes.Select(c => $"{c.Key} = {c.Value}"))}: {exception.InnerException.Message}",
                exception.InnerException);
        }
    }

    private static FactShape? Find(Type type)
    {
        var readable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var properties = parameters
                .Select(p => p.Name is { } name && readable.TryGetValue(name, out var property) && p.ParameterType.IsAssignableFrom(property.PropertyType) ? property : null)
                .ToArray();
            if (parameters.Length > 0 && properties.All(p => p is not null))
            {
                return new FactShape(constructor, properties!);
            }
        }

        return null;
    }

    private static FieldKind? FieldKindOf(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(decimal) => FieldKind.Decimal,
            var t when t == typeof(int) => FieldKind.Integer,
            var t when t == typeof(DateOnly) => FieldKind.Date,
            var t when t == typeof(bool) => FieldKind.Flag,
            _ => null,
        };

    private sealed record FactField(string Name, FieldKind? Kind);
}
