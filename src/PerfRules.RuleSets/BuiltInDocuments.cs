using System.Reflection;
using PerfRules.RuleSetFormat;

namespace PerfRules.RuleSets;

/// <summary>
/// The JSON documents of the built-in rule sets (docs/rule-set-format.md), embedded in this assembly: each is parsed once,
/// on first use, and shared (a <see cref="RuleSetDocument"/> is immutable).
/// </summary>
internal static class BuiltInDocuments
{
    /// <summary>The resource of each built-in document, by rule-set id.</summary>
    private static readonly IReadOnlyDictionary<string, string> Resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [GuangdongSuixi2022.SuixiRuleSet.Id] = "PerfRules.RuleSets.GuangdongSuixi2022.json",
    };

    private static readonly Lazy<IReadOnlyList<RuleSetDocument>> All = new(() => [.. Resources.Keys.Order(StringComparer.Ordinal).Select(Read)]);

    /// <summary>Every built-in document, in id order.</summary>
    public static IReadOnlyList<RuleSetDocument> Documents => All.Value;

    /// <summary>The document of a built-in rule set, or null when there is none with that id (ordinal, case-insensitive).</summary>
    public static RuleSetDocument? Find(string id) =>
        All.Value.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The JSON text of a built-in document, as shipped.</summary>
    public static string Text(string id)
    {
        using var stream = typeof(BuiltInDocuments).Assembly.GetManifestResourceStream(Resources[id])
            ?? throw new InvalidOperationException($"The built-in rule set document {Resources[id]} is not embedded in {typeof(BuiltInDocuments).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A built-in document that does not parse is a defect of this assembly, caught by its tests; the load error says where.
    private static RuleSetDocument Read(string id) => RuleSetJson.Parse(Text(id), $"{typeof(BuiltInDocuments).Assembly.GetName().Name}/{Resources[id]}");
}
