namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Where the compile benchmarks take the Suixi rule set written as JSON. The full Suixi 2022 table in the JSON format
/// is being written; until it exists this is the extract the format's tests use (tests/PerfRules.Tests/RuleSetFormat/
/// TestData/suixi-2022-extract.json: rows 2.1.2, 2.1.3, 2.1.5, 2.1.6 and 3.1.3), copied next to the benchmarks by the
/// project file. To measure the full rule set, point the project file's link (or this path) at the full JSON file:
/// nothing else changes.
/// </summary>
internal static class RuleSetSources
{
    /// <summary>The rule-set JSON file the "from JSON" compile cases load.</summary>
    public static string SuixiJsonFile => Path.Combine(AppContext.BaseDirectory, "Data", "suixi-2022-extract.json");
}
