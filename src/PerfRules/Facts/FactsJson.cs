using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PerfRules.Facts;

/// <summary>
/// Reads and writes facts files: a JSON document <c>{ "facts": [ { "type": "BudgetExecution", "actualExpenditure": 15635713.52, … }, … ] }</c>,
/// one object per fact, its <c>type</c> naming the fact type and its other properties the record's fields in camelCase
/// (dates as <c>"2023-04-30"</c>, enums by name, texts as <c>{ "chinese": "…", "english": "…" }</c>). The format is
/// documented in docs/facts-format.md with a JSON Schema beside it.
/// </summary>
/// <remarks>
/// Unknown types and unknown fields are errors, not silently dropped: a misspelt field would otherwise score as if the
/// fact lacked it. Every error names the file, the JSON path and the field.
/// </remarks>
public static class FactsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The fact types of <c>PerfRules.Facts</c>, by name: what a facts file may contain unless more types are given.</summary>
    public static IReadOnlyList<Type> StandardFactTypes { get; } =
        [.. typeof(IFact).Assembly.GetTypes().Where(t => t is { IsPublic: true, IsClass: true, IsAbstract: false } && typeof(IFact).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static readonly Dictionary<string, Type> StandardTypesByName = ByName(StandardFactTypes);

    /// <summary>Reads the facts of a facts file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="moreFactTypes">Fact types beyond the standard ones (a rule set's own).</param>
    /// <returns>The facts, in file order.</returns>
    /// <exception cref="FactsFileException">The file is not a valid facts file; the message says where and why.</exception>
    public static IReadOnlyList<object> ReadFile(string path, IEnumerable<Type>? moreFactTypes = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), path, moreFactTypes);
    }

    /// <summary>Reads facts from the text of a facts file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <param name="moreFactTypes">Fact types beyond the standard ones (a rule set's own).</param>
    /// <returns>The facts, in document order.</returns>
    /// <exception cref="FactsFileException">The text is not a valid facts file; the message says where and why.</exception>
    public static IReadOnlyList<object> Read(string json, string? source = null, IEnumerable<Type>? moreFactTypes = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var types = moreFactTypes is null ? StandardTypesByName : ByName(StandardFactTypes.Concat(moreFactTypes));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new FactsFileException(source, exception.Path ?? "$", exception.LineNumber, $"not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("facts", out var array)
                || array.ValueKind != JsonValueKind.Array)
            {
                throw new FactsFileException(source, "$", null, "a facts file is an object with a \"facts\" array.");
            }

            // Each fact's fields are copied, without its "type", into one buffer that is reused from fact to fact, and
            // read from there: the serializer refuses unknown members, and a copy of the fact as a JSON tree per fact made
            // reading a department's file cost more than scoring it.
            var facts = new List<object>(array.GetArrayLength());
            var buffer = new ArrayBufferWriter<byte>(1024);
            using var writer = new Utf8JsonWriter(buffer);
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = $"$.facts[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new FactsFileException(source, path, null, "each fact is an object with a \"type\".");
                }

                if (!item.TryGetProperty("type", out var typeElement) || typeElement.ValueKind == JsonValueKind.Null)
                {
                    throw new FactsFileException(source, path, null, "the fact has no \"type\".");
                }

                if (typeElement.ValueKind != JsonValueKind.String)
                {
                    throw new FactsFileException(source, $"{path}.type", null, "the fact's \"type\" is not a string.");
                }

                var typeName = typeElement.GetString()!;
                if (!types.TryGetValue(typeName, out var type))
                {
                    throw new FactsFileException(source, $"{path}.type", null, $"unknown fact type '{typeName}'; known: {string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}.");
                }

                buffer.ResetWrittenCount();
                writer.Reset();
                writer.WriteStartObject();
                foreach (var field in item.EnumerateObject())
                {
                    if (field.Name != "type")
                    {
                        field.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
                writer.Flush();
                try
                {
                    facts.Add(JsonSerializer.Deserialize(buffer.WrittenSpan, type, Options)
                        ?? throw new FactsFileException(source, path, null, "the fact is null."));
                }
                catch (JsonException exception)
                {
                    throw new FactsFileException(source, path + (exception.Path ?? "$")[1..], null, $"{typeName}: {Describe(exception)}", exception);
                }
            }

            return facts;
        }
    }

    /// <summary>Writes facts as a facts file.</summary>
    /// <param name="facts">The facts (records of <see cref="StandardFactTypes"/> or a rule set's own).</param>
    /// <returns>The JSON text, indented.</returns>
    public static string Write(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var array = new JsonArray();
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            var item = new JsonObject { ["type"] = fact.GetType().Name };
            foreach (var (name, value) in JsonSerializer.SerializeToNode(fact, fact.GetType(), Options)!.AsObject())
            {
                // Derived properties (IsPublished and the like) are not fields: a reader could not set them back.
                if (IsField(fact.GetType(), name))
                {
                    item[name] = value?.DeepClone();
                }
            }

            array.Add(item);
        }

        return new JsonObject { ["facts"] = array }.ToJsonString(Options);
    }

    /// <summary>
    /// The JSON Schema of a facts file holding the given fact types (the standard ones by default): each fact an object
    /// with a <c>type</c> and that type's fields. Editors use it to complete and check facts files.
    /// </summary>
    /// <param name="factTypes">The fact types allowed; <see cref="StandardFactTypes"/> when null.</param>
    /// <returns>The schema, as indented JSON text.</returns>
    public static string Schema(IEnumerable<Type>? factTypes = null)
    {
        var variants = new JsonArray();
        foreach (var type in factTypes ?? StandardFactTypes)
        {
            var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(Options, type).AsObject();
            var properties = schema["properties"]?.AsObject() ?? [];
            foreach (var derived in properties.Select(p => p.Key).Where(name => !IsField(type, name)).ToList())
            {
                properties.Remove(derived);
            }

            properties.Insert(0, "type", new JsonObject { ["const"] = type.Name });
            var required = schema["required"]?.AsArray() ?? [];
            required.Insert(0, "type");
            schema["required"] = required.DeepClone();
            schema["properties"] = properties.DeepClone();
            schema["additionalProperties"] = false;
            variants.Add(new JsonObject { ["title"] = type.Name }.Merge(schema));
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "PerfRules facts file",
            ["type"] = "object",
            ["required"] = new JsonArray("facts"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["facts"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = variants } },
            },
        };
        return root.ToJsonString(Options);
    }

    private static JsonObject Merge(this JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            target[name] = value?.DeepClone();
        }

        return target;
    }

    private static bool IsField(Type type, string jsonName) =>
        type.GetConstructors(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Any(p => string.Equals(p.Name, jsonName, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, Type> ByName(IEnumerable<Type> types) => types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static string Describe(JsonException exception) =>
        exception.Message.Split(" Path:", 2)[0];
}
