using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;
using PerfRules.Samples.CustomCounty;
using PerfRules.Samples.CustomCounty.Wangchuan2022;

namespace PerfRules.Samples.Tests.CustomCounty;

/// <summary>
/// The JSON half of the county sample, wangchuan-2022.json: the same county as a document extending the built-in Suixi
/// table's JSON document. It changes the rows the C# county changes, loads cleanly over the built-in base, and scores
/// the Suixi department as the C# county does: the same three rows, the same other rows, the same total and grade.
/// </summary>
public sealed class WangchuanJsonTest
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "wangchuan-2022.json");

    [Fact]
    public void The_JSON_county_extends_the_Suixi_table_and_changes_the_rows_the_CSharp_county_changes()
    {
        var document = RuleSetJson.Parse(System.IO.File.ReadAllText(File), File);
        var county = WangchuanRuleSet.Build();

        Assert.Equal((county.Id, county.Version, BuiltInRuleSets.GuangdongSuixi2022.Id), (document.Id, document.Version, document.Extends));
        Assert.Equal((county.Name, county.Jurisdiction), (document.Name, document.Jurisdiction));
        Assert.Equal(CountyComparison.ChangedLeaves(BuiltInRuleSets.GuangdongSuixi2022, county), document.Indicators.Select(i => i.Code));
        Assert.All(document.Indicators, row => Assert.Equal(county.Indicators[row.Code].Criteria, row.Criteria));
    }

    [Fact]
    public void Loaded_over_the_built_in_base_it_scores_the_department_as_the_CSharp_county_does()
    {
        var json = JsonCounty.Load(File);
        var facts = FactsJson.ReadFile(CustomCountySample.FactsFile);

        var fromJson = new ScorecardEvaluator(json).Evaluate(facts);
        var fromCSharp = new ScorecardEvaluator(WangchuanRuleSet.Build()).Evaluate(facts);

        Assert.Equal((79.81m, "中"), (fromJson.Total, fromJson.Grade?.ChineseName));
        Assert.Equal(
            fromCSharp.Indicators.Select(r => (r.Code, r.Outcome, r.Score, r.EffectiveWeight)),
            fromJson.Indicators.Select(r => (r.Code, r.Outcome, r.Score, r.EffectiveWeight)));
        Assert.Equal((3m, 0m, 0m), (fromJson["2.1.3"].Score, fromJson["2.1.6"].Score, fromJson["3.1.3"].Score));
    }

    [Fact]
    public void It_lints_without_errors_or_warnings()
    {
        var report = RuleSetLinter.LintFile(File, BuiltInRuleSets.LoadOptions);

        Assert.Empty(report.AtLeast(LintSeverity.Warning));
    }

    [Theory]
    [InlineData(0.05, 3)]
    [InlineData(0.0501, 2)]
    [InlineData(0.10, 2)]
    [InlineData(0.15, 1)]
    [InlineData(0.1501, 0)]
    public void Its_carry_over_bands_are_the_CSharp_county_s_at_every_bound(decimal rate, decimal points)
    {
        var facts = FactsJson.ReadFile(CustomCountySample.FactsFile);
        var budget = facts.OfType<BudgetExecution>().Single();
        var available = budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;
        var changed = facts.Select(f => ReferenceEquals(f, budget) ? budget with { ClosingFiscalCarryOver = rate * available } : f).ToList();

        var fromJson = new ScorecardEvaluator(JsonCounty.Load(File)).Evaluate(changed)["2.1.3"];
        var fromCSharp = new ScorecardEvaluator(WangchuanRuleSet.Build()).Evaluate(changed)["2.1.3"];

        Assert.Equal((IndicatorOutcome.Scored, points), (fromJson.Outcome, fromJson.Score));
        Assert.Equal(fromCSharp.Score, fromJson.Score);
    }
}
