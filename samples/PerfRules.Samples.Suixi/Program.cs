// <quickstart>
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSets;
using PerfRules.Scorecards;

// Compile the rule set once; the evaluator is thread-safe and scores any number of departments.
var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);

// A department's facts: budget figures, disclosures, findings with their vouchers... (docs/facts-format.md).
IReadOnlyList<object> facts = FactsJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "suixi-hrss-2022.facts.json"));

Scorecard card = evaluator.Evaluate(facts);
Console.WriteLine($"{card.Department}: {card.Total} ({card.Grade})"); // 遂溪县人力资源和社会保障局: 80.81 (良)
foreach (var lost in card.TopDeductions.Take(3))
{
    Console.WriteLine($"  {lost.IndicatorCode} {lost.IndicatorName} -{lost.Deduction.Points}: {lost.Deduction.Reason}");
}
// </quickstart>

// The rest prints the scoring table as the report lays it out (整体绩效评价指标评分表), or the scorecard as JSON:
//   dotnet run --project samples/PerfRules.Samples.Suixi                 the table, in Chinese
//   dotnet run --project samples/PerfRules.Samples.Suixi -- --english    the table, in English
//   dotnet run --project samples/PerfRules.Samples.Suixi -- --json       the scorecard as JSON
Console.WriteLine();
if (args.Contains("--json"))
{
    Console.WriteLine(ScorecardJson.Serialize(card));
}
else
{
    PerfRules.Samples.Suixi.ScoringTable.Print(card, Console.Out, args.Contains("--english") ? PerfRules.Results.Language.English : PerfRules.Results.Language.Chinese);
}
