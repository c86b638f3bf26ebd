using System.Globalization;
using System.Reflection;
using System.Text;

namespace PerfRules.PublicApi.Tests.Listing;

/// <summary>
/// Writes the attributes that change what a caller may do or what the compiler tells them: obsolescence, flags,
/// attribute usage, nullable flow analysis, trimming and AOT warnings. Other attributes are implementation detail.
/// </summary>
internal static class AttributeDisplay
{
    private static readonly HashSet<string> Tracked = new(StringComparer.Ordinal)
    {
        "System.AttributeUsageAttribute",
        "System.FlagsAttribute",
        "System.ObsoleteAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.MemberNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MemberNotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
    };

    /// <summary>The tracked attributes in <paramref name="attributes"/>, each as <c>[Name(arguments)] </c>, sorted.</summary>
    /// <param name="attributes">The custom attribute data of a type, member, parameter or return value.</param>
    public static string Of(IEnumerable<CustomAttributeData> attributes)
    {
        var all = attributes.ToList();
        var shown = all
            .Where(a => Tracked.Contains(a.AttributeType.FullName ?? string.Empty) && !IsCompilerGuard(a, all))
            .Select(Format)
            .Order(StringComparer.Ordinal)
            .Select(text => "[" + text + "] ");
        return string.Concat(shown);
    }

    /// <summary>A constant as C# would write it: a literal, <c>null</c>, an enum member or a typed array.</summary>
    /// <param name="type">The declared type of the constant (an enum type turns its number into member names).</param>
    /// <param name="value">The raw value.</param>
    public static string Literal(Type type, object? value)
    {
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null";
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            return EnumLiteral(target, value);
        }

        return value switch
        {
            string text => Quote(text),
            char c => "'" + (c == '\'' ? "\\'" : Escape(c.ToString())) + "'",
            bool b => b ? "true" : "false",
            decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            Type t => "typeof(" + TypeDisplay.Name(t) + ")",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>
    /// The [Obsolete(..., true)] the compiler puts beside [CompilerFeatureRequired] (on constructors of types with
    /// required members, on ref structs) to stop old compilers: not the author's word, and no part of the API.
    /// </summary>
    private static bool IsCompilerGuard(CustomAttributeData attribute, IReadOnlyList<CustomAttributeData> all) =>
        attribute.AttributeType == typeof(ObsoleteAttribute)
        && all.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute")
        && attribute.ConstructorArguments is [{ Value: string message }, { Value: true }]
        && message.EndsWith("not supported in this version of your compiler.", StringComparison.Ordinal);

    private static string Format(CustomAttributeData attribute)
    {
        var name = TypeDisplay.Name(attribute.AttributeType);
        if (name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            name = name[..^"Attribute".Length];
        }

        var arguments = attribute.ConstructorArguments.Select(Argument)
            .Concat(attribute.NamedArguments.Select(a => a.MemberName + " = " + Argument(a.TypedValue)))
            .ToList();
        return arguments.Count == 0 ? name : name + "(" + string.Join(", ", arguments) + ")";
    }

    private static string Argument(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items
            ? "new[] { " + string.Join(", ", items.Select(Argument)) + " }"
            : Literal(argument.ArgumentType, argument.Value);

    private static string EnumLiteral(Type type, object value)
    {
        var typeName = TypeDisplay.Name(type);
        var named = Enum.ToObject(type, value).ToString() ?? string.Empty;
        if (named.Length > 0 && (char.IsDigit(named[0]) || named[0] == '-'))
        {
            return "(" + typeName + ")" + Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        return string.Join(" | ", named.Split(", ").Select(member => typeName + "." + member));
    }

    private static string Quote(string text) => "\"" + Escape(text) + "\"";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
