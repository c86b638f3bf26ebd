using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.3.1 资产管理情况规范性: four items of 1 point, judged, less partial findings.</summary>
public sealed class AssetManagementComplianceTest
{
    private static IEnumerable<object> Answers(params bool[] met) =>
        met.Select((m, i) => (object)new ChecklistAnswer("2.3.1", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), m));

    [Fact]
    public void All_four_items_met_scores_4()
    {
        var result = RuleHarness.Score(new AssetManagementCompliance(), Answers(true, true, true, true));

        Assert.Equal(4m, result.Score);
    }

    [Fact]
    public void An_unmet_item_loses_1_point()
    {
        var result = RuleHarness.Score(new AssetManagementCompliance(), Answers(true, true, true, false));

        Assert.Equal(3m, result.Score);
        Assert.Contains("评分要点4（资产账与财务账相符）不符合要求，扣1分", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_of_exactly_1_point_is_accepted_and_above_it_is_an_error()
    {
        var atLimit = RuleHarness.Score(new AssetManagementCompliance(), [.. Answers(true, true, true, true), new EvaluatorFinding("2.3.1", 1m, new LocalizedText("甲"))]);
        var above = RuleHarness.Score(new AssetManagementCompliance(), [.. Answers(true, true, true, true), new EvaluatorFinding("2.3.1", 1.5m, new LocalizedText("甲"))]);

        Assert.Equal(3m, atLimit.Score);
        Assert.Equal(IndicatorOutcome.Error, above.Outcome);
    }

    [Fact]
    public void Three_answers_are_missing_data()
    {
        var result = RuleHarness.Score(new AssetManagementCompliance(), Answers(true, true, true));

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
    }

    [Fact]
    public void Golden_facts_give_the_verified_3_5_for_the_missing_asset_count()
    {
        var result = RuleHarness.Score(new AssetManagementCompliance(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.3.1"), result.Score);
        Assert.Equal("未能按照规定定期对单位资产实施盘点程序，扣0.5分", result.Note.Chinese);
        Assert.Equal(DeductionKind.Judged, Assert.Single(result.Deductions).Kind);
    }
}
