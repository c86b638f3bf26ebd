using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfRules.Scorecards;

/// <summary>
/// Reads and writes scorecards as JSON (System.Text.Json, source-generated, no reflection). Property names are
/// camelCase and stable; enums are written by name; Chinese text is written as is, not escaped. A scorecard written and
/// read back is equal to the original.
/// </summary>
public static class ScorecardJson
{
    private static readonly ScorecardJsonContext Indented = new(Options(indented: true));
    private static readonly ScorecardJsonContext Compact = new(Options(indented: false));

    /// <summary>Writes a scorecard as JSON.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="indented">Whether to indent (for people) or not (for machines).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Scorecard scorecard, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonSerializer.Serialize(scorecard, (indented ? Indented : Compact).Scorecard);
    }

    /// <summary>Reads a scorecard from JSON written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="JsonException">The text is not a scorecard.</exception>
    public static Scorecard Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Compact.Scorecard) ?? throw new JsonException("The JSON text is null, not a scorecard.");
    }

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

/// <summary>The source-generated serialisation metadata for <see cref="Scorecard"/>.</summary>
[JsonSerializable(typeof(Scorecard))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext;
