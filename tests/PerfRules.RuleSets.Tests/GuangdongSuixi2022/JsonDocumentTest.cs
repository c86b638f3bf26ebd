using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// The Suixi table as a JSON document, embedded in PerfRules.RuleSets: the whole table (29 leaves, 2.1 weighing 23), clean
/// for the linter, the same id and version as the C# set, and the base a county's file extends.
/// </summary>
public sealed class JsonDocumentTest
{
    private const string Id = "GuangdongSuixi2022";

    private static RuleSetDocument Document => BuiltInRuleSets.GetDocument(Id);

    [Fact]
    public void The_document_has_the_whole_table_with_the_corrected_weight_of_2_1()
    {
        var csharp = BuiltInRuleSets.GuangdongSuixi2022;
        var json = BuiltInRuleSets.GetFromDocument(Id);

        Assert.Equal(csharp.IndicatorRules.Select(r => r.Indicator.Code), json.IndicatorRules.Select(r => r.Indicator.Code));
        Assert.Equal(29, Document.Indicators.Count(i => i.ScoringKind is not null));
        Assert.Equal(23m, Document.Indicators.Single(i => i.Code == "2.1").Weight);
        foreach (var rule in csharp.IndicatorRules)
        {
            var declared = json.IndicatorRules.Single(r => r.Indicator.Code == rule.Indicator.Code).Indicator;
            Assert.Equal(rule.Indicator.Name, declared.Name);
            Assert.Equal(rule.Indicator.Weight, declared.Weight);
            Assert.Equal(rule.Indicator.Criteria, declared.Criteria);
        }
    }

    [Fact]
    public void The_json_set_is_the_same_table_as_the_csharp_set_with_its_own_content_hash()
    {
        var csharp = BuiltInRuleSets.GuangdongSuixi2022;
        var json = BuiltInRuleSets.GetFromDocument(Id.ToLowerInvariant());

        Assert.Equal((csharp.Id, csharp.Version, csharp.MaximumScore), (json.Id, json.Version, json.MaximumScore));
        Assert.NotEqual(csharp.ContentHash, json.ContentHash);
        Assert.Same(json, BuiltInRuleSets.GetFromDocument(Id));
    }

    [Fact]
    public void The_document_is_clean_for_the_linter()
    {
        var report = RuleSetLinter.Lint(Document);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void An_unknown_id_lists_the_built_in_ones()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => BuiltInRuleSets.GetDocument("GuangdongSuixi2023"));

        Assert.Contains("GuangdongSuixi2022", exception.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => BuiltInRuleSets.GetFromDocument("GuangdongSuixi2023"));
    }

    [Fact]
    public void A_county_file_extends_the_built_in_document_through_the_load_options()
    {
        // A county that asks more of 2.1.3 (结转结余率): full marks only at 0.5% or below, so Suixi's 0.65% scores 2 of 3.
        const string County = """
            {
              "id": "CountyExample", "version": "1", "extends": "GuangdongSuixi2022",
              "indicators": [
                { "code": "2.1.3", "scoring": { "kind": "bands",
                    "metric": { "name": "结转结余率", "unit": "percent",
                      "formula": "BudgetExecution.ClosingFiscalCarryOver / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.GeneralPublicBudgetAppropriation + BudgetExecution.GovernmentFundAppropriation)" },
                    "bands": [ { "range": "(-inf, 0.5%]", "points": 3 }, { "range": "(0.5%, +inf)", "points": 2 } ] } }
              ]
            }
            """;

        var county = RuleSetJson.Load(County, "county.json", BuiltInRuleSets.LoadOptions);
        var card = new ScorecardEvaluator(county).Evaluate(SuixiGolden.Facts());

        Assert.Equal("CountyExample", county.Id);
        Assert.Equal(2m, card["2.1.3"].Score);
        Assert.Equal(79.81m, card.Total);
        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(County, "county.json")).Errors);
        Assert.Contains("GuangdongSuixi2022", error.Message.Get(Results.Language.English), StringComparison.Ordinal);
    }
}
