using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets;
using PerfRules.Samples.CustomCounty.Wangchuan2022;

namespace PerfRules.Samples.CustomCounty;

/// <summary>
/// The sample: builds the fictional 望川县's rule set from the Suixi 2022 table in C#, scores one department's facts by
/// both tables, and prints what the county's three rows change; then loads the same county written as JSON and shows it
/// scores alike. Program.cs runs it; the tests pin its output.
/// </summary>
public static class CustomCountySample
{
    /// <summary>The department's facts file, copied beside the sample: the published Suixi HRSS 2022 case.</summary>
    public static string FactsFile => Path.Combine(AppContext.BaseDirectory, "suixi-hrss-2022.facts.json");

    /// <summary>Runs the sample.</summary>
    /// <param name="output">Where to print.</param>
    /// <param name="language">The language of the output; Chinese by default.</param>
    public static void Run(TextWriter output, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(output);
        var suixi = BuiltInRuleSets.GuangdongSuixi2022;
        var county = WangchuanRuleSet.Build();

        // No county publishes a case under a fictional table: score the one real department we have, the Suixi HRSS
        // Bureau's 2022 facts, by both tables, to see what the county's changes would have done to it.
        IReadOnlyList<object> facts = FactsJson.ReadFile(FactsFile);
        var asSuixi = new ScorecardEvaluator(suixi).Evaluate(facts);
        var asCounty = new ScorecardEvaluator(county).Evaluate(facts);

        output.WriteLine(language == Language.Chinese
            ? "望川县是虚构的县名：本示例演示一个县以遂溪县2022年评分表为基础，用C#改写其中三项指标，其余指标、分值调整和加减分规则不变。"
            : "Wangchuan is a fictional county: it adopts the Suixi 2022 table and rewrites three of its rows in C#; every other row, reallocation and bonus or penalty rule is Suixi's.");
        output.WriteLine(language == Language.Chinese
            ? $"被评价部门：{asSuixi.Department}（{asSuixi.FiscalYear}年度公开评价报告中的事实），分别按两套评分标准计分。"
            : $"Department scored: {asSuixi.Department} (the facts of its published {asSuixi.FiscalYear} evaluation), by both tables.");
        output.WriteLine();
        CountyComparison.Print(output, suixi, asSuixi, county, asCounty, language);

        // The same county as JSON: a document that extends the built-in table's own JSON document.
        var asJson = new ScorecardEvaluator(JsonCounty.Load(JsonCounty.File)).Evaluate(facts);
        var zh = language == Language.Chinese;
        output.WriteLine();
        output.WriteLine(zh
            ? "同一县用JSON编写（wangchuan-2022.json，\"extends\": \"GuangdongSuixi2022\"，只写本县的三项）："
            : "The same county written as JSON (wangchuan-2022.json, \"extends\": \"GuangdongSuixi2022\", only its three rows):");
        foreach (var code in JsonCounty.OwnRows(JsonCounty.File))
        {
            var row = asJson[code];
            output.WriteLine(zh
                ? $"  {code} {row.Name.Chinese}：{CountyComparison.Num(row.Score)}分（C#写法{CountyComparison.Num(asCounty[code].Score)}分）"
                : $"  {code} {row.Name.Get(language)}: {CountyComparison.Num(row.Score)} (C# county: {CountyComparison.Num(asCounty[code].Score)})");
        }

        var same = asJson.Indicators.Select(r => (r.Code, r.Score)).SequenceEqual(asCounty.Indicators.Select(r => (r.Code, r.Score)));
        output.WriteLine(zh
            ? $"  总分{CountyComparison.Num(asJson.Total)}分（{asJson.Grade?.ChineseName}），{(same ? "各项得分与C#写法相同" : "与C#写法不同")}"
            : $"  Total {CountyComparison.Num(asJson.Total)} ({asJson.Grade?.EnglishName}), {(same ? "every row as the C# county scores it" : "not as the C# county scores it")}");
    }
}
