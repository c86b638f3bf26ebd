using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// Reads one field of a fact type as a <see cref="FormulaValue"/>: a delegate compiled once from the property when the
/// schema is built, so that evaluating a formula never reflects. Returns null when the field is empty.
/// </summary>
internal sealed class FieldAccessor
{
    private static readonly MethodInfo OfDecimal = Factory(typeof(decimal));
    private static readonly MethodInfo OfBoolean = Factory(typeof(bool));
    private static readonly MethodInfo OfString = Factory(typeof(string));
    private static readonly MethodInfo OfDate = Factory(typeof(DateOnly));
    private static readonly MethodInfo ObjectToString = typeof(object).GetMethod(nameof(ToString), System.Type.EmptyTypes)!;

    private static readonly HashSet<System.Type> Integers = [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ushort), typeof(sbyte)];

    private FieldAccessor(string factType, string name, FormulaType type, IReadOnlyList<string>? enumNames, Func<object, FormulaValue?> read)
    {
        FactType = factType;
        Name = name;
        Type = type;
        EnumNames = enumNames;
        Read = read;
    }

    public string FactType { get; }

    public string Name { get; }

    public FormulaType Type { get; }

    /// <summary>The member names when the field is an enum read as text, so that a comparison with a misspelt name fails the check.</summary>
    public IReadOnlyList<string>? EnumNames { get; }

    public Func<object, FormulaValue?> Read { get; }

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

        var fact = Expression.Parameter(typeof(object), "fact");
        var read = Expression.Property(Expression.Convert(fact, declaring), property);
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

        var lambda = Expression.Lambda<Func<object, FormulaValue?>>(
            Expression.Block(typeof(FormulaValue), [value], Expression.Assign(value, read), body), fact);
        return new FieldAccessor(factType, property.Name, type, valueType.IsEnum ? Enum.GetNames(valueType) : null, lambda.Compile());
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
