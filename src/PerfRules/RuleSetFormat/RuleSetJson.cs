using PerfRules.Evaluation;
using PerfRules.RuleSetFormat.Building;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Json;
using PerfRules.RuleSetFormat.Merging;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// Loads rule sets written as JSON documents (规则集文件): a county's scoring table with its indicator tree, weights,
/// criteria, a scoring block per leaf with formulas over the facts, reallocations, bonus and penalty caps, conversion and
/// grades. The result is a <see cref="RuleSet"/> that <see cref="ScorecardEvaluator"/> scores like a rule set written in C#.
/// The format is documented in docs/rule-set-format.md, with a JSON Schema (docs/rule-set.schema.json) beside it.
/// </summary>
/// <remarks>
/// <para>A document can never run code: its formulas are the arithmetic of <see cref="Formulas.Formula"/>, over the fields
/// of the fact types the <see cref="RuleSetLoadOptions.Schema"/> allows. Documents are checked as a whole when loaded, and
/// every problem is reported at once (<see cref="RuleSetLoadException.Errors"/>), each with its JSON path, line and
/// column, never only the first.</para>
/// <para>Limits keep any file safe to load: <see cref="MaxDocumentBytes"/>, <see cref="MaxDepth"/>,
/// <see cref="MaxIndicators"/>, and those of formulas (<see cref="Formulas.Formula.MaxLength"/> and the rest).</para>
/// <para>Thread-safe: every method may be called from any thread; the rule sets it builds are immutable.</para>
/// </remarks>
public static class RuleSetJson
{
    /// <summary>The largest document read: 1 MB of UTF-8.</summary>
    public const int MaxDocumentBytes = 1_048_576;

    /// <summary>The deepest nesting of objects and arrays in a document.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most indicator rows in a document, and in a rule set after extends.</summary>
    public const int MaxIndicators = 2_000;

    /// <summary>The most reallocations in a document.</summary>
    public const int MaxReallocations = 500;

    /// <summary>The most bands in a bands block.</summary>
    public const int MaxBands = 100;

    /// <summary>The most items in a checklist block.</summary>
    public const int MaxChecklistItems = 200;

    /// <summary>The most parts in a parts block.</summary>
    public const int MaxParts = 50;

    /// <summary>The most cases in a cases block, and the most items in a deductions block or in one of its forEach items.</summary>
    public const int MaxCases = 100;

    /// <summary>The most checks on a leaf's block.</summary>
    public const int MaxChecks = 100;

    /// <summary>The most formulas in a list (an average's results, an equivalents block's averageWith).</summary>
    public const int MaxListFormulas = 50;

    /// <summary>The longest text (a name, criteria, a formula is limited further by <see cref="Formulas.Formula.MaxLength"/>).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The longest chain of documents extending one another.</summary>
    public const int MaxExtendsDepth = 8;

    /// <summary>Reads a document without building it: its shape is checked, its formulas are not yet parsed.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other source, for messages; optional.</param>
    /// <returns>The document.</returns>
    /// <exception cref="RuleSetLoadException">The text is not JSON, too large or too deep, or not shaped as a rule set; every problem is listed.</exception>
    public static RuleSetDocument Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new Diagnostics();
        return DocumentReader.Read(json, source, diagnostics) is { } document && !diagnostics.HasErrors
            ? document
            : throw new RuleSetLoadException(diagnostics.Sorted());
    }

    /// <summary>Reads and builds a rule set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other source, for messages; optional.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>The rule set, ready for <see cref="ScorecardEvaluator"/>.</returns>
    /// <exception cref="RuleSetLoadException">The document has errors; every problem is listed with its path, line and column.</exception>
    public static RuleSet Load(string json, string? source = null, RuleSetLoadOptions? options = null) =>
        Build(json, source, options, out var diagnostics) ?? throw new RuleSetLoadException(diagnostics);

    /// <summary>Reads and builds the rule set in a file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">The document has errors; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSet LoadFile(string path, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(File.ReadAllText(path), path, options);
    }

    /// <summary>Builds a document already read with <see cref="Parse"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">The document has errors; every problem is listed.</exception>
    public static RuleSet Load(RuleSetDocument document, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new Diagnostics();
        return Build(document, options ?? new RuleSetLoadOptions(), diagnostics) is { } ruleSet && !diagnostics.HasErrors
            ? ruleSet
            : throw new RuleSetLoadException(diagnostics.Sorted());
    }

    /// <summary>
    /// Checks a document as <see cref="Load(string, string?, RuleSetLoadOptions?)"/> would and returns every problem,
    /// warnings included, without throwing: what an editor or a linter shows.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other source, for messages; optional.</param>
    /// <param name="options">The base documents and the fact types; defaults when null.</param>
    /// <returns>The problems in document order; empty when the document is clean.</returns>
    public static IReadOnlyList<RuleSetError> Validate(string json, string? source = null, RuleSetLoadOptions? options = null)
    {
        Build(json, source, options, out var diagnostics);
        return diagnostics;
    }

    /// <summary>What <see cref="Validate(string, string?, RuleSetLoadOptions?)"/> reports, for a document already parsed (the linter's input).</summary>
    internal static IReadOnlyList<RuleSetError> Validate(RuleSetDocument document, RuleSetLoadOptions? options)
    {
        var diagnostics = new Diagnostics();
        Build(document, options ?? new RuleSetLoadOptions(), diagnostics);
        return diagnostics.Sorted();
    }

    private static RuleSet? Build(string json, string? source, RuleSetLoadOptions? options, out IReadOnlyList<RuleSetError> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new Diagnostics();
        var ruleSet = DocumentReader.Read(json, source, diagnostics) is { } document
            ? Build(document, options ?? new RuleSetLoadOptions(), diagnostics, partial: diagnostics.HasErrors)
            : null;
        problems = diagnostics.Sorted();
        return diagnostics.HasErrors ? null : ruleSet;
    }

    // A document whose shape is wrong is still built in part (partial), so that the problems of its formulas, bands and
    // codes are reported with the shape's, at once; its tree is not checked, as rows may be missing.
    private static RuleSet? Build(RuleSetDocument document, RuleSetLoadOptions options, Diagnostics diagnostics, bool partial = false)
    {
        ArgumentNullException.ThrowIfNull(options.BaseRuleSets, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Schema, nameof(options));
        try
        {
            return DocumentMerger.Resolve(document, options.BaseRuleSets, diagnostics) is { } resolved
                ? RuleSetCompiler.Compile(resolved, options.Schema, diagnostics, partial)
                : null;
        }
        catch (ArgumentException exception)
        {
            // Every value is checked before a building block sees it; this is the last line, so that no document can
            // escape as anything but a load error.
            diagnostics.Error(document.Location, $"规则集无法构建：{exception.Message}", $"the rule set cannot be built: {exception.Message}");
            return null;
        }
    }
}
