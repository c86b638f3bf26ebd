namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Where the compile benchmarks take the Suixi rule set written as JSON: the built-in table's own document
/// (src/PerfRules.RuleSets/GuangdongSuixi2022/GuangdongSuixi2022.json, embedded in PerfRules.RuleSets and proven to score
/// as the C# rules do), copied next to the benchmarks by the project file so the "from JSON" cases read it as a county's
/// file would be read.
/// </summary>
internal static class RuleSetSources
{
    /// <summary>The rule-set JSON file the "from JSON" compile cases load.</summary>
    public static string SuixiJsonFile => Path.Combine(AppContext.BaseDirectory, "Data", "GuangdongSuixi2022.json");
}
