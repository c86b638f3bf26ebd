using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.RuleSets;

/// <summary>The rule sets that ship with PerfRules, as C# rules and as JSON documents (docs/rule-set-format.md).</summary>
/// <remarks>
/// Each is built once, on first use, and shared: rule sets and documents are immutable and thread-safe. A built-in's
/// document has the built-in's id and version: it is the same table, and scores identically (its tests prove it), so
/// scorecards from either name the same rule set; their <see cref="RuleSet.ContentHash"/>es tell them apart.
/// </remarks>
public static class BuiltInRuleSets
{
    private static readonly Lazy<RuleSet> Suixi2022 = new(SuixiRuleSet.Build);

    private static readonly Lazy<IReadOnlyDictionary<string, RuleSet>> FromDocuments = new(() =>
        BuiltInDocuments.Documents.ToDictionary(d => d.Id, d => RuleSetJson.Load(d), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<RuleSetLoadOptions> Options = new(() => new RuleSetLoadOptions { BaseRuleSets = BuiltInDocuments.Documents });

    /// <summary>
    /// Guangdong, Suixi County, 2022 (遂溪县部门整体支出绩效评价指标): 29 weighted leaf indicators in four groups, bonus
    /// and penalty items, and the 2.1.5 transfer-payment points moved to 2.1.2 when a department has none.
    /// </summary>
    public static RuleSet GuangdongSuixi2022 => Suixi2022.Value;

    /// <summary>The ids of the built-in rule sets.</summary>
    public static IReadOnlyList<string> Ids { get; } = [SuixiRuleSet.Id];

    /// <summary>
    /// Options for loading a rule-set file that extends a built-in rule set (<c>"extends": "GuangdongSuixi2022"</c>): its
    /// <see cref="RuleSetLoadOptions.BaseRuleSets"/> are the built-ins' documents. Add a file's other bases with
    /// <c>BuiltInRuleSets.LoadOptions with { BaseRuleSets = [.. BuiltInRuleSets.LoadOptions.BaseRuleSets, province] }</c>.
    /// </summary>
    public static RuleSetLoadOptions LoadOptions => Options.Value;

    /// <summary>Finds a built-in rule set by its id (ordinal, case-insensitive).</summary>
    /// <param name="id">The id, such as <c>GuangdongSuixi2022</c>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="KeyNotFoundException">No built-in rule set has that id; the message lists those that exist.</exception>
    public static RuleSet Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return string.Equals(id, SuixiRuleSet.Id, StringComparison.OrdinalIgnoreCase)
            ? GuangdongSuixi2022
            : throw Unknown(id);
    }

    /// <summary>The JSON document of a built-in rule set: the table as a county would write it, and the base it may extend.</summary>
    /// <param name="id">The id, such as <c>GuangdongSuixi2022</c> (ordinal, case-insensitive).</param>
    /// <returns>The document, parsed; <see cref="RuleSetJson.Load(RuleSetDocument, RuleSetLoadOptions?)"/> builds it.</returns>
    /// <exception cref="KeyNotFoundException">No built-in rule set has that id; the message lists those that exist.</exception>
    public static RuleSetDocument GetDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return BuiltInDocuments.Find(id) ?? throw Unknown(id);
    }

    /// <summary>A built-in rule set built from its JSON document (<see cref="GetDocument"/>) rather than from its C# rules.</summary>
    /// <param name="id">The id, such as <c>GuangdongSuixi2022</c> (ordinal, case-insensitive).</param>
    /// <returns>The rule set; it scores as <see cref="Get"/>'s.</returns>
    /// <exception cref="KeyNotFoundException">No built-in rule set has that id; the message lists those that exist.</exception>
    public static RuleSet GetFromDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return FromDocuments.Value.TryGetValue(id, out var ruleSet) ? ruleSet : throw Unknown(id);
    }

    private static KeyNotFoundException Unknown(string id) =>
        new($"There is no built-in rule set '{id}'; the built-in ones are: {string.Join(", ", Ids)}.");
}
