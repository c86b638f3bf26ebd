using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Cli.Input;

/// <summary>
/// Applies <c>--set</c> assignments to the facts of a file: each names a field of the single fact of its type, and the
/// new value goes through the facts-file reader, so it is read exactly as the same value in a facts file would be.
/// </summary>
internal static class FactEditor
{
    /// <summary>Works out the edited version of every fact the assignments touch, one edit per fact.</summary>
    /// <param name="facts">The facts as read from <paramref name="file"/>.</param>
    /// <param name="assignments">The assignments, in the order given.</param>
    /// <param name="file">The facts file, for messages.</param>
    /// <returns>The edits, in file order.</returns>
    /// <exception cref="InputException">
    /// An assignment names an unknown type or field, a type the file holds no fact of or several facts of, a field on
    /// several fact types (short form), or a value the field cannot take.
    /// </exception>
    public static IReadOnlyList<FactEdit> Plan(IReadOnlyList<object> facts, IReadOnlyList<FieldAssignment> assignments, string file)
    {
        var targets = assignments.Select(a => (Assignment: a, Target: Resolve(facts, a, file))).ToList();
        return [.. targets
            .GroupBy(t => t.Target.Index)
            .OrderBy(g => g.Key)
            .Select(g => Apply(g.Key, facts[g.Key], [.. g.Select(t => (t.Assignment, t.Target.Field))]))];
    }

    private static (int Index, PropertyInfo Field) Resolve(IReadOnlyList<object> facts, FieldAssignment assignment, string file)
    {
        Type type;
        PropertyInfo field;
        if (assignment.FactType is { } typeName)
        {
            type = FactsJson.StandardFactTypes.FirstOrDefault(t => string.Equals(t.Name, typeName, StringComparison.OrdinalIgnoreCase))
                ?? throw new InputException(
                    $"--set {assignment.Text}: unknown fact type '{typeName}'; the fact types are: {string.Join(", ", FactsJson.StandardFactTypes.Select(t => t.Name))}.");
            field = Field(type, assignment.Field)
                ?? throw new InputException(
                    $"--set {assignment.Text}: {type.Name} has no field '{assignment.Field}'; its fields are: {string.Join(", ", Fields(type).Select(f => f.Name))}.");
        }
        else
        {
            var owners = facts.Select(f => f.GetType()).Distinct().Where(t => Field(t, assignment.Field) is not null).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (owners.Count == 0)
            {
                var elsewhere = FactsJson.StandardFactTypes.Where(t => Field(t, assignment.Field) is not null).Select(t => t.Name).ToList();
                throw new InputException(elsewhere.Count == 0
                    ? $"--set {assignment.Text}: no fact type has a field '{assignment.Field}'."
                    : $"--set {assignment.Text}: {file} holds no fact with a field '{assignment.Field}' (it is a field of {string.Join(", ", elsewhere)}).");
            }

            if (owners.Count > 1)
            {
                throw new InputException(
                    $"--set {assignment.Text}: several fact types in {file} have a field '{assignment.Field}' ({string.Join(", ", owners.Select(t => t.Name))}); write Type.Field=value.");
            }

            type = owners[0];
            field = Field(type, assignment.Field)!;
        }

        var indices = Enumerable.Range(0, facts.Count).Where(i => facts[i].GetType() == type).ToList();
        return indices.Count switch
        {
            1 => (indices[0], field),
            0 => throw new InputException($"--set {assignment.Text}: {file} holds no {type.Name} fact to change."),
            _ => throw new InputException(
                $"--set {assignment.Text}: {file} holds {indices.Count} {type.Name} facts ({string.Join(", ", indices.Select(i => $"$.facts[{i}]"))}); "
                + "--set changes the single fact of a type, so it cannot tell which one to change."),
        };
    }

    private static FactEdit Apply(int index, object fact, IReadOnlyList<(FieldAssignment Assignment, PropertyInfo Field)> assignments)
    {
        var type = fact.GetType();
        var document = JsonNode.Parse(FactsJson.Write([fact]))!;
        var item = document["facts"]![0]!.AsObject();
        foreach (var (assignment, field) in assignments)
        {
            item[JsonNamingPolicy.CamelCase.ConvertName(field.Name)] = Value(field.PropertyType, assignment);
        }

        object replacement;
        try
        {
            replacement = FactsJson.Read(document.ToJsonString(), source: "--set")[0];
        }
        catch (FactsFileException e)
        {
            throw new InputException($"--set {string.Join(" --set ", assignments.Select(a => a.Assignment.Text))}: {e.Problem}", e);
        }

        var changes = assignments
            .Select(a => a.Field)
            .Distinct()
            .Select(f => new FieldChange(type.Name, f.Name, Show(f.GetValue(fact)), Show(f.GetValue(replacement))))
            .ToList();
        return new FactEdit(index, fact, replacement, changes);
    }

    /// <summary>The JSON a facts file would hold for <paramref name="assignment"/>'s value in a field of type <paramref name="type"/>.</summary>
    private static JsonNode? Value(Type type, FieldAssignment assignment)
    {
        var raw = assignment.Value.Trim();
        if (raw == "null")
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        string Expected(string what) => $"--set {assignment.Text}: {assignment.Field} takes {what}, not '{raw}'.";
        if (target == typeof(decimal) || target == typeof(int) || target == typeof(long) || target == typeof(double))
        {
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : throw new InputException(Expected("a number such as 15737285.38 (yuan for amounts, a fraction such as 0.9935 for rates)"));
        }

        if (target == typeof(bool))
        {
            return bool.TryParse(raw, out var flag) ? JsonValue.Create(flag) : throw new InputException(Expected("true or false"));
        }

        if (target == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? JsonValue.Create(raw)
                : throw new InputException(Expected("a date written yyyy-MM-dd"));
        }

        if (target.IsEnum)
        {
            return Enum.TryParse(target, raw, ignoreCase: true, out var member) && Enum.IsDefined(target, member!)
                ? JsonValue.Create(member!.ToString())
                : throw new InputException(Expected($"one of {string.Join(", ", Enum.GetNames(target))}"));
        }

        if (target == typeof(LocalizedText))
        {
            return new JsonObject { ["chinese"] = assignment.Value };
        }

        if (target == typeof(string))
        {
            return JsonValue.Create(assignment.Value);
        }

        if (typeof(IEnumerable).IsAssignableFrom(target))
        {
            throw new InputException($"--set {assignment.Text}: {assignment.Field} is a list; --set changes single values (numbers, dates, texts, flags).");
        }

        // Any other shape goes to the reader as JSON text, which says what it expected if it is wrong.
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return JsonValue.Create(assignment.Value);
        }
    }

    private static IEnumerable<PropertyInfo> Fields(Type type)
    {
        // A fact's fields are its constructor parameters: derived properties (IsPublished and the like) cannot be set.
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => parameters.Contains(p.Name));
    }

    private static PropertyInfo? Field(Type type, string name) =>
        Fields(type).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Show(object? value) => value switch
    {
        null => "null",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LocalizedText text => text.Chinese,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
