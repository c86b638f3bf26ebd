using PerfRules.Evaluation;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.RuleSets;

/// <summary>The rule sets that ship with PerfRules.</summary>
/// <remarks>Each is built once, on first use, and shared: rule sets are immutable and thread-safe.</remarks>
public static class BuiltInRuleSets
{
    private static readonly Lazy<RuleSet> Suixi2022 = new(SuixiRuleSet.Build);

    /// <summary>
    /// Guangdong, Suixi County, 2022 (遂溪县部门整体支出绩效评价指标): 29 weighted leaf indicators in four groups, bonus
    /// and penalty items, and the 2.1.5 transfer-payment points moved to 2.1.2 when a department has none.
    /// </summary>
    public static RuleSet GuangdongSuixi2022 => Suixi2022.Value;

    /// <summary>The ids of the built-in rule sets.</summary>
    public static IReadOnlyList<string> Ids { get; } = [SuixiRuleSet.Id];

    /// <summary>Finds a built-in rule set by its id (ordinal, case-insensitive).</summary>
    /// <param name="id">The id, such as <c>GuangdongSuixi2022</c>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="KeyNotFoundException">No built-in rule set has that id; the message lists those that exist.</exception>
    public static RuleSet Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return string.Equals(id, SuixiRuleSet.Id, StringComparison.OrdinalIgnoreCase)
            ? GuangdongSuixi2022
            : throw new KeyNotFoundException($"There is no built-in rule set '{id}'; the built-in ones are: {string.Join(", ", Ids)}.");
    }
}
