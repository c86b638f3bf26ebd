using System.Text;
using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;

namespace PerfRules.DependencyInjection;

/// <summary>
/// One rule set registered with <see cref="PerfRulesBuilder"/>: a name (or none, when the rule set's own id names it), what
/// messages call it, and how to build it from the container. <see cref="RuleSetCatalog"/> builds each once.
/// </summary>
internal sealed class RuleSetRegistration
{
    private readonly Func<IServiceProvider, LoadedRuleSet> _load;

    private RuleSetRegistration(string? name, string source, bool isDocument, Func<IServiceProvider, LoadedRuleSet> load)
    {
        Name = name;
        Source = source;
        IsDocument = isDocument;
        _load = load;
    }

    /// <summary>The name evaluations pick it by, or null when it is the rule set's id, known once the rule set is built.</summary>
    public string? Name { get; }

    /// <summary>What messages call it: the rule set's name, or the JSON file or stream it is read from.</summary>
    public string Source { get; }

    /// <summary>Whether it is read from a JSON document (logged when loaded, with the document's warnings).</summary>
    public bool IsDocument { get; }

    /// <summary>A rule set built by code, under a name.</summary>
    public static RuleSetRegistration Of(string name, Func<IServiceProvider, RuleSet> build) =>
        new(name, $"'{name}'", isDocument: false, services => new LoadedRuleSet(build(services), []));

    /// <summary>A rule set read from a JSON file when it is built (when the host starts), so the file's current content counts.</summary>
    public static RuleSetRegistration FromJsonFile(string path, string? name, RuleSetLoadOptions? options)
    {
        var fullPath = Path.GetFullPath(path);
        return new(name, path, isDocument: true, _ => LoadJson(File.ReadAllText(fullPath, Encoding.UTF8), path, options));
    }

    /// <summary>A rule set read from JSON text already taken from a stream.</summary>
    public static RuleSetRegistration FromJsonText(string json, string source, string? name, RuleSetLoadOptions? options) =>
        new(name, source, isDocument: true, _ => LoadJson(json, source, options));

    /// <summary>Builds the rule set.</summary>
    /// <exception cref="RuleSetLoadException">A JSON document has errors; every one is listed.</exception>
    /// <exception cref="RuleSetException">A rule set built by code is invalid.</exception>
    /// <exception cref="IOException">A JSON file cannot be read.</exception>
    public LoadedRuleSet Load(IServiceProvider services) => _load(services);

    // Validate lists the warnings too (a label no formula reads), which Load does not return; both read the same text,
    // once each, when the host starts.
    private static LoadedRuleSet LoadJson(string json, string source, RuleSetLoadOptions? options)
    {
        var warnings = RuleSetJson.Validate(json, source, options).Where(e => e.Severity == RuleSetErrorSeverity.Warning).ToList();
        return new LoadedRuleSet(RuleSetJson.Load(json, source, options), warnings);
    }
}

/// <summary>A rule set built from its registration, with the warnings its document raised (none for code).</summary>
internal sealed record LoadedRuleSet(RuleSet RuleSet, IReadOnlyList<RuleSetError> Warnings);
