using System.Globalization;
using System.Text.Json;
using PerfRules.Facts;

namespace PerfRules.Reporting.Tests.Suixi;

/// <summary>
/// The Suixi 2022 golden case (TestData/suixi-hrss-2022.json, see TestData/PROVENANCE.md) read into facts. The facts
/// come from the file's <c>facts</c> section and the self scores from its table; expected scores are read by tests only,
/// through <see cref="Verified"/> and friends, never by library code.
/// Copied from tests/PerfRules.RuleSets.Tests/Golden (test projects do not reference each other); the golden file itself
/// is linked from there, not copied.
/// </summary>
internal static partial class SuixiGolden
{
    private static readonly Lazy<JsonDocument> Json = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-hrss-2022.json"))));

    public static JsonElement Root => Json.Value.RootElement;

    /// <summary>Every fact of the case, freshly built (new instances on every call).</summary>
    public static IReadOnlyList<object> Facts()
    {
        var facts = new List<object>();
        var department = Root.GetProperty("department");
        facts.Add(new EvaluationContext(
            department.GetProperty("name").GetString()!,
            department.GetProperty("county").GetString()!,
            department.GetProperty("province").GetString()!,
            department.GetProperty("fiscalYear").GetInt32(),
            new DateOnly(2024, 3, 4), // the report's date: 湛泰咨字【2024】第4号, 2024-03-04 (the golden file's "about")
            department.GetProperty("evaluator").GetString()));

        // Row 5 (加减分项) is not an indicator of the tree: the rule set scores it as bonus and penalty adjustments.
        foreach (var indicator in Leaves().Where(i => i.GetProperty("code").GetString() != "5"))
        {
            if (indicator.TryGetProperty("self", out var self))
            {
                facts.Add(new SelfAssessedScore(indicator.GetProperty("code").GetString()!, self.GetDecimal()));
            }
        }

        var source = Root.GetProperty("facts");
        AddBudgetPreparationAndExpenditureFacts(source, facts);
        AddManagementOversightAndEffectFacts(source, facts);
        return facts;
    }

    /// <summary>The published verified score (核查得分) of an indicator.</summary>
    public static decimal Verified(string code) => Indicator(code).GetProperty("verified").GetDecimal();

    /// <summary>The published self score (自评得分) of an indicator.</summary>
    public static decimal Self(string code) => Indicator(code).GetProperty("self").GetDecimal();

    /// <summary>The published scoring note (评分说明) of an indicator.</summary>
    public static string Note(string code) => Indicator(code).GetProperty("verifiedNote").GetString()!;

    /// <summary>The codes of the weighted leaf indicators (the 加减分项 row "5" is not one).</summary>
    public static IReadOnlyList<string> LeafCodes() =>
        [.. Leaves().Select(i => i.GetProperty("code").GetString()!).Where(c => c != "5")];

    public static decimal Expected(string name) => Root.GetProperty("expected").GetProperty(name).GetDecimal();

    public static string ExpectedGrade() => Root.GetProperty("expected").GetProperty("grade").GetString()!;

    /// <summary>万元 in the file → yuan.</summary>
    public static decimal WanYuan(decimal wanYuan) => wanYuan * 10_000m;

    public static DateOnly Date(JsonElement element) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonElement Indicator(string code) =>
        Root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static IEnumerable<JsonElement> Leaves() =>
        Root.GetProperty("indicators").EnumerateArray().Where(i => i.TryGetProperty("self", out _) || i.TryGetProperty("verified", out _));

    /// <summary>Facts read by indicators 1.x and 2.1.x (written with those rules).</summary>
    static partial void AddBudgetPreparationAndExpenditureFacts(JsonElement facts, List<object> into);

    /// <summary>Facts read by indicators 2.2.x to 4.x (written with those rules).</summary>
    static partial void AddManagementOversightAndEffectFacts(JsonElement facts, List<object> into);
}
