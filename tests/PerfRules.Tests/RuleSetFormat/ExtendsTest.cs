using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// A county's document extends its province's (TestData/county-extends.json over province-base.json): three rows
/// overridden, one removed, one added, a reallocation replaced; everything else inherited.
/// </summary>
public sealed class ExtendsTest
{
    private static readonly RuleSetLoadOptions WithProvince = new() { BaseRuleSets = [RuleSetJson.Parse(TestDocuments.Text("province-base.json"), "province-base.json")] };

    public static IReadOnlyList<object> Facts(decimal planned = 100_000m, decimal actual = 80_000m) =>
    [
        new BudgetExecution(1_000_000m, 1_000_000m, 0m, 40_000m, 1_000_000m, 0m, 960_000m, 1_000_000m),
        new Procurement(planned, actual),
        new EvaluatorFinding("2.1", 1m, new LocalizedText("个别支出未附合同"), "2023年6月12#凭证"),
        new ChecklistAnswer("2.2", "1", true),
        new ChecklistAnswer("2.2", "2", false, "资金未细化到项目"),
        new Disclosure(DisclosureKind.Budget, new DateOnly(2023, 2, 1), "某财预〔2023〕1号", new DateOnly(2023, 2, 15), DayLimit: 20),
        new TargetAchievement(TargetScope.Department, 10, 9),
        new ExternalAssessment("满意度测评", null, "二等奖"),
    ];

    [Fact]
    public void The_province_scores_its_own_table()
    {
        var card = new ScorecardEvaluator(TestDocuments.Load("province-base.json")).Evaluate(Facts());

        Assert.Equal(15m, card["1.1"].Score);
        Assert.Equal(15m, card["1.2"].Score);
        Assert.Equal(12m, card["1.3"].Score);
        Assert.Equal(19m, card["2.1"].Score);
        Assert.Equal(5m, card["2.2"].Score);
        Assert.Equal(10m, card["2.3"].Score);
        Assert.Equal(9m, card["2.4"].Score);
        Assert.Equal(85m, card.Total);
    }

    [Fact]
    public void The_county_overrides_three_rows_removes_one_and_adds_one()
    {
        var ruleSet = TestDocuments.Load("county-extends.json", WithProvince);

        Assert.Equal("County2023", ruleSet.Id);
        Assert.Equal("某省", ruleSet.Jurisdiction);
        Assert.Equal(2023, ruleSet.EffectiveYear);
        Assert.NotNull(ruleSet.Adjustments);
        Assert.Equal(["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "2.5"], ruleSet.Indicators.All.Select(i => i.Code));
        Assert.Equal(10m, ruleSet.Indicators["1.2"].Weight);
        Assert.Equal(20m, ruleSet.Indicators["1.3"].Weight);
        Assert.Equal("支出完成率", ruleSet.Indicators["1.1"].Name.Chinese);
        Assert.Equal("本县要求：支出完成率≥95%得满分", ruleSet.Indicators["1.1"].Criteria!.Chinese);
    }

    [Fact]
    public void The_county_scores_by_its_own_rows_and_inherits_the_rest()
    {
        var card = new ScorecardEvaluator(TestDocuments.Load("county-extends.json", WithProvince)).Evaluate(Facts());

        Assert.Equal(20m, card["1.1"].Score);
        Assert.Equal(10m, card["1.2"].Score);
        Assert.Equal(16m, card["1.3"].Score);
        Assert.Equal(19m, card["2.1"].Score);
        Assert.Equal(8.5m, card["2.5"].Score);
        Assert.Equal(88.5m, card.Total);
        Assert.True(card.IsComplete, string.Join("; ", card.Problems));
    }

    [Fact]
    public void A_replaced_reallocation_sends_the_points_where_the_county_says()
    {
        var province = new ScorecardEvaluator(TestDocuments.Load("province-base.json")).Evaluate(Facts(0m, 0m));
        var county = new ScorecardEvaluator(TestDocuments.Load("county-extends.json", WithProvince)).Evaluate(Facts(0m, 0m));

        Assert.Equal(IndicatorOutcome.NotApplicable, province["1.3"].Outcome);
        Assert.Equal(27.5m, province["1.1"].EffectiveWeight);
        Assert.Equal(22.5m, province["1.2"].EffectiveWeight);
        Assert.Equal(40m, county["1.1"].EffectiveWeight);
        Assert.Equal(40m, county["1.1"].Score);
        Assert.Equal(10m, county["1.2"].EffectiveWeight);
    }

    [Fact]
    public void Base_and_county_have_different_content_hashes_and_a_changed_band_changes_the_hash()
    {
        var province = TestDocuments.Load("province-base.json");
        var county = TestDocuments.Load("county-extends.json", WithProvince);
        var stricter = RuleSetJson.Load(TestDocuments.Text("province-base.json").Replace("\"[90%, 100%)\", \"points\": 15", "\"[90%, 100%)\", \"points\": 14", StringComparison.Ordinal));

        Assert.NotEqual(province.ContentHash, county.ContentHash);
        Assert.NotEqual(province.ContentHash, stricter.ContentHash);
        Assert.Equal(province.ContentHash, TestDocuments.Load("province-base.json").ContentHash);
    }

    [Fact]
    public void Extending_an_unknown_rule_set_is_an_error_at_extends()
    {
        var exception = Assert.Throws<RuleSetLoadException>(() => TestDocuments.Load("county-extends.json"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.extends", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("ProvinceBase2023", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_code_the_base_lacks_is_an_error_at_the_row()
    {
        const string County = """
            { "id": "C", "version": "1", "extends": "ProvinceBase2023",
              "indicators": [ { "code": "9.9", "remove": true } ] }
            """;

        var exception = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(County, "c.json", WithProvince));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.indicators[0]", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("9.9", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_row_without_name_or_weight_is_reported()
    {
        const string County = """
            { "id": "C", "version": "1", "extends": "ProvinceBase2023",
              "indicators": [ { "code": "2.6", "scoring": { "kind": "findings" } } ] }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(County, "c.json", WithProvince)).Errors;

        Assert.Contains(errors, e => e.Path == "$.indicators[0]" && e.Message.Chinese.Contains("名称", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.indicators[0]" && e.Message.Chinese.Contains("分值weight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_of_extends_is_an_error()
    {
        var a = RuleSetJson.Parse("""{ "id": "A", "version": "1", "extends": "B", "indicators": [] }""", "a.json");
        var b = RuleSetJson.Parse("""{ "id": "B", "version": "1", "extends": "A", "indicators": [] }""", "b.json");

        var exception = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(a, new RuleSetLoadOptions { BaseRuleSets = [a, b] }));

        Assert.Contains(exception.Errors, e => e.Message.English!.Contains("cycle", StringComparison.Ordinal) && e.Path == "$.extends");
    }

    [Fact]
    public void Overriding_a_weight_so_that_the_group_no_longer_adds_up_is_reported_at_the_weight()
    {
        const string County = """
            {
              "id": "C", "version": "1", "extends": "ProvinceBase2023",
              "indicators": [
                { "code": "2.1", "weight": 25 }
              ]
            }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(County, "c.json", WithProvince)).Errors;

        Assert.Contains(errors, e => e.Source == "province-base.json" && e.Path == "$.indicators[4].weight" && e.Message.Chinese.Contains("55", StringComparison.Ordinal));
        Assert.Single(errors);
    }
}
