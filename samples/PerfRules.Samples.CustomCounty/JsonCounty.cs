using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;

namespace PerfRules.Samples.CustomCounty;

/// <summary>
/// The same county written as a finance analyst would: wangchuan-2022.json, a rule-set document that names the built-in
/// table in <c>"extends": "GuangdongSuixi2022"</c> and writes only its three rows.
/// </summary>
public static class JsonCounty
{
    /// <summary>The document, copied beside the sample.</summary>
    public static string File => Path.Combine(AppContext.BaseDirectory, "wangchuan-2022.json");

    /// <summary>
    /// Loads a county document over the built-in rule sets' JSON documents, which <c>"extends"</c> resolves against
    /// (<see cref="BuiltInRuleSets.LoadOptions"/>); every error in the file is reported at once, with its line and column.
    /// </summary>
    /// <param name="path">The document.</param>
    /// <returns>The county's rule set.</returns>
    /// <exception cref="RuleSetLoadException">The document has errors.</exception>
    public static RuleSet Load(string path) => RuleSetJson.LoadFile(path, BuiltInRuleSets.LoadOptions);

    /// <summary>The codes of the rows the document writes itself, in its order: what the county changed.</summary>
    /// <param name="path">The document.</param>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<string> OwnRows(string path) =>
        [.. RuleSetJson.Parse(System.IO.File.ReadAllText(path), path).Indicators.Select(i => i.Code)];
}
