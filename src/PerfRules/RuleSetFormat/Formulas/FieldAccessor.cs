using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// Reads one field of a fact type as a <see cref="FormulaValue"/>, so that evaluating a formula never reflects. Returns
/// null when the field is empty.
/// </summary>
/// <remarks>
/// The read is compiled into a delegate on its first use, not when the schema is built: compiling costs about a
/// millisecond per field, a schema has every field of every fact type, and a rule set reads few of them. Thread-safe:
/// threads racing on the first read may each compile, and one delegate is kept.
/// </remarks>
internal sealed class FieldAccessor
{
    private static readonly MethodInfo OfDecimal = Factory(typeof(decimal));
    private static readonly MethodInfo OfBoolean = Factory(typeof(bool));
    private static readonly MethodInfo OfString = Factory(typeof(string));
    private static readonly MethodInfo OfDate = Factory(typeof(DateOnly));
    private static readonly MethodInfo ObjectToString = typeof(object).GetMethod(nameof(ToString), System.Type.EmptyTypes)!;

    private static readonly HashSet<System.Type> Integers = [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ushort), typeof(sbyte)];

    private readonly System.Type _declaring;
    private readonly PropertyInfo _property;
    private Func<object, FormulaValue?>? _read;

    private FieldAccessor(string factType, System.Type declaring, PropertyInfo property, FormulaType type, IReadOnlyList<string>? enumNames)
    {
        FactType = factType;
        Name = property.Name;
        Type = type;
        EnumNames = enumNames;
        _declaring = declaring;
        _property = property;
    }

    public string FactType { get; }

    public string Name { get; }

    public FormulaType Type { get; }

    /// <summary>The member names when the field is an enum read as text, so that a comparison with a misspelt name fails the check.</summary>
    public IReadOnlyList<string>? EnumNames { get; }

    /// <summary>Whether the read has been compiled, that is, whether any formula has read the field yet.</summary>
    internal bool IsCompiled => Volatile.Read(ref _read) is not null;

    /// <summary>The field's value on <paramref name="fact"/> (an instance of the fact type), or null when it is empty.</summary>
    /// <remarks>Inlined into the formula's closures, so that a compiled read costs one delegate call, as before it was lazy.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public FormulaValue? Read(object fact) => (Volatile.Read(ref _read) ?? Compile())(fact);

    /// <summary>An accessor for <paramref name="property"/>, or null when its type is not one a formula can use.</summary>
    public static FieldAccessor? TryCreate(string factType, System.Type declaring, PropertyInfo property)
    {
        var propertyType = property.PropertyType;
        var valueType = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        FormulaType type;
        if (valueType == typeof(decimal) || Integers.Contains(valueType))
        {
            type = FormulaType.Decimal;
        }
        else if (valueType == typeof(bool))
        {
            type = FormulaType.Boolean;
        }
        else if (valueType == typeof(string) || valueType.IsEnum)
        {
            type = FormulaType.String;
        }
        else if (valueType == typeof(DateOnly))
        {
            type = FormulaType.Date;
        }
        else
        {
            return null;
        }

        var valueNames = valueType.IsEnum ? Enum.GetNames(valueType) : null;
        return new FieldAccessor(factType, declaring, property, type, valueNames);
    }

    private Func<object, FormulaValue?> Compile()
    {
        var propertyType = _property.PropertyType;
        var valueType = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        var fact = Expression.Parameter(typeof(object), "fact");
        var read = Expression.Property(Expression.Convert(fact, _declaring), _property);
        var value = Expression.Variable(propertyType, "value");
        Expression body;
        if (Nullable.GetUnderlyingType(propertyType) is not null)
        {
            body = Expression.Condition(
                Expression.Property(value, nameof(Nullable<int>.HasValue)),
                Wrap(Expression.Property(value, nameof(Nullable<int>.Value)), valueType),
                Expression.Constant(null, typeof(FormulaValue)));
        }
        else if (!propertyType.IsValueType)
        {
            body = Expression.Condition(
                Expression.Equal(value, Expression.Constant(null, propertyType)),
                Expression.Constant(null, typeof(FormulaValue)),
                Wrap(value, valueType));
        }
        else
        {
            body = Wrap(value, valueType);
        }

        var compiled = Expression.Lambda<Func<object, FormulaValue?>>(
            Expression.Block(typeof(FormulaValue), [value], Expression.Assign(value, read), body), fact).Compile();
        return Interlocked.CompareExchange(ref _read, compiled, null) ?? compiled;
    }

    private static Expression Wrap(Expression value, System.Type valueType)
    {
        if (valueType == typeof(decimal))
        {
            return Expression.Call(OfDecimal, value);
        }

        if (Integers.Contains(valueType))
        {
            return Expression.Call(OfDecimal, Expression.Convert(value, typeof(decimal)));
        }

        if (valueType == typeof(bool))
        {
            return Expression.Call(OfBoolean, value);
        }

        if (valueType == typeof(DateOnly))
        {
            return Expression.Call(OfDate, value);
        }

        return valueType.IsEnum
            ? Expression.Call(OfString, Expression.Call(Expression.Convert(value, typeof(object)), ObjectToString))
            : Expression.Call(OfString, value);
    }

    private static MethodInfo Factory(System.Type parameter) =>
        typeof(FormulaValue).GetMethod(nameof(FormulaValue.Of), BindingFlags.Static | BindingFlags.NonPublic, [parameter])!;
}
