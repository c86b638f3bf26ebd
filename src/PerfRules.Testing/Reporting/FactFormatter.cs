using System.Collections;
using System.Globalization;
using System.Reflection;
using PerfRules.Results;

namespace PerfRules.Testing.Reporting;

/// <summary>Writes a fact on one line, every public property with its value, culture-invariant: <c>FixedAssets { OriginalValue = 19733782.26, InUseOriginalValue = 19733782.26 }</c>.</summary>
internal static class FactFormatter
{
    public static string Format(object fact)
    {
        var type = fact.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => $"{p.Name} = {Value(p.GetValue(fact))}");
        return $"{type.Name} {{ {string.Join(", ", properties)} }}";
    }

    private static string Value(object? value) =>
        value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            LocalizedText text => $"\"{text.Chinese}\"",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
            _ => value.ToString() ?? "",
        };
}
