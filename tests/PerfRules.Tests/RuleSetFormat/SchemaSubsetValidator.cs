using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// A JSON Schema validator for the keywords docs/rule-set.schema.json uses (draft 2020-12: $ref to $defs, type, const,
/// enum, properties, required, additionalProperties, minProperties, items, minItems, maxItems, minimum, maximum,
/// exclusiveMinimum, minLength, maxLength, pattern, oneOf, anyOf, not, if/then/else). The feed has no JSON Schema
/// package; this is enough to prove the published schema accepts what the loader accepts. An unknown keyword fails loudly.
/// </summary>
internal sealed class SchemaSubsetValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs", "$comment"];

    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var s = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(s.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(t => t.GetString()!).ToList() : [s.GetString()!];
                    if (!types.Any(t => IsType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join("|", types)}, got {value.ValueKind}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(s, value))
                    {
                        errors.Add($"{path}: expected {s.GetRawText()}");
                    }

                    break;
                case "enum":
                    if (!s.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {s.GetRawText()}");
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (var property in s.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out var child))
                        {
                            Check(property.Value, child, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (var name in s.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                    {
                        errors.Add($"{path}: missing {name}");
                    }

                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    var known = schema.TryGetProperty("properties", out var declared) ? declared.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var property in value.EnumerateObject().Where(p => !known.Contains(p.Name)))
                    {
                        if (s.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path}: unexpected property {property.Name}");
                        }
                        else if (s.ValueKind == JsonValueKind.Object)
                        {
                            Check(s, property.Value, $"{path}['{property.Name}']", errors);
                        }
                    }

                    break;
                case "minProperties" when value.ValueKind == JsonValueKind.Object:
                    if (value.EnumerateObject().Count() < s.GetInt32())
                    {
                        errors.Add($"{path}: too few properties");
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(s, item, $"{path}[{index++}]", errors);
                    }

                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() < s.GetInt32())
                    {
                        errors.Add($"{path}: too few items");
                    }

                    break;
                case "maxItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() > s.GetInt32())
                    {
                        errors.Add($"{path}: too many items");
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() < s.GetDecimal())
                    {
                        errors.Add($"{path}: below {s}");
                    }

                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() > s.GetDecimal())
                    {
                        errors.Add($"{path}: above {s}");
                    }

                    break;
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() <= s.GetDecimal())
                    {
                        errors.Add($"{path}: not above {s}");
                    }

                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length < s.GetInt32())
                    {
                        errors.Add($"{path}: too short");
                    }

                    break;
                case "maxLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length > s.GetInt32())
                    {
                        errors.Add($"{path}: too long");
                    }

                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, s.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(5)))
                    {
                        errors.Add($"{path}: \"{value.GetString()}\" does not match {s.GetString()}");
                    }

                    break;
                case "oneOf":
                    var passing = s.EnumerateArray().Count(alternative => Passes(alternative, value, path));
                    if (passing != 1)
                    {
                        errors.Add($"{path}: {passing} alternatives of oneOf match, not 1");
                    }

                    break;
                case "anyOf":
                    if (!s.EnumerateArray().Any(alternative => Passes(alternative, value, path)))
                    {
                        errors.Add($"{path}: no alternative of anyOf matches");
                    }

                    break;
                case "not":
                    if (Passes(s, value, path))
                    {
                        errors.Add($"{path}: matches a schema it must not");
                    }

                    break;
                case "if":
                    var branch = Passes(s, value, path) ? "then" : "else";
                    if (schema.TryGetProperty(branch, out var chosen))
                    {
                        Check(chosen, value, path, errors);
                    }

                    break;
                case "then" or "else":
                    break;
                case "properties" or "required" or "additionalProperties" or "minProperties" or "items" or "minItems" or "maxItems"
                    or "minimum" or "maximum" or "exclusiveMinimum" or "minLength" or "maxLength" or "pattern":
                    // The keyword does not apply to this kind of value.
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"The schema uses '{keyword.Name}', which this validator does not know.");
                    }

                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $defs references are supported, not {reference}.");
        }

        return root.GetProperty("$defs").GetProperty(reference[Prefix.Length..]);
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture) is var d && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type {type}."),
    };
}
