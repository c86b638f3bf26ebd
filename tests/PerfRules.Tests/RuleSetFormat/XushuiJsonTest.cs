using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// The Xushui-style rule set (TestData/xushui-style.json, on the assumed weights of docs/rulesets/xushui-2023-notes.md):
/// the category scores of the seed (10.5, 10, 19.1, 20.8, 4.4, 1, 7.5, 11.5 = 84.8) with 7 points not applicable convert
/// to 84.8 / 93 × 100 = 91.18.
/// </summary>
public sealed class XushuiJsonTest
{
    public static IReadOnlyList<object> Facts() =>
    [
        new Procurement(Planned: 0m, Actual: 0m),
        new ChecklistAnswer("4.1", "applies", false, "我部门2023年无政府投资项目"),
        new ChecklistAnswer("6.1", "applies", false, "我部门2023年未申报债券项目"),
        Finding("1", 1.5m, "重大政策落实情况自评扣分"),
        Finding("2", 2m, "预算编制管理情况自评扣分"),
        Finding("3.2", 1.9m, "预算执行管理情况自评扣分"),
        Finding("4.2", 1.2m, "预算绩效管理情况自评扣分"),
        Finding("5", 0.6m, "资产管理情况自评扣分"),
        Finding("7", 0.5m, "预算透明度情况自评扣分"),
        Finding("8", 0.5m, "预算信息化情况自评扣分"),
    ];

    [Fact]
    public void Raw_84_8_of_93_applicable_points_converts_to_91_18()
    {
        var card = new ScorecardEvaluator(TestDocuments.Load("xushui-style.json")).Evaluate(Facts());

        Assert.Equal(84.8m, card.RawTotal);
        Assert.Equal(93m, card.ApplicablePoints);
        Assert.Equal(91.18m, card.ConvertedTotal);
        Assert.Equal(91.18m, card.Total);
        Assert.True(card.IsComplete, string.Join("; ", card.Problems));
    }

    [Theory]
    [InlineData("1", 10.5)]
    [InlineData("2", 10)]
    [InlineData("3", 19.1)]
    [InlineData("4", 20.8)]
    [InlineData("5", 4.4)]
    [InlineData("6", 1)]
    [InlineData("7", 7.5)]
    [InlineData("8", 11.5)]
    public void Category_scores_are_the_seeds(string code, decimal score)
    {
        var card = new ScorecardEvaluator(TestDocuments.Load("xushui-style.json")).Evaluate(Facts());

        Assert.Equal(score, card[code].Score);
    }

    [Theory]
    [InlineData("3.1", "我部门无政府采购")]
    [InlineData("4.1", "我部门2023年无政府投资项目")]
    [InlineData("6.1", "我部门2023年未申报债券项目")]
    public void Items_the_department_did_not_have_do_not_apply_and_say_why(string code, string reason)
    {
        var row = new ScorecardEvaluator(TestDocuments.Load("xushui-style.json")).Evaluate(Facts())[code];

        Assert.Equal(IndicatorOutcome.NotApplicable, row.Outcome);
        Assert.Equal(0m, row.EffectiveWeight);
        Assert.Contains(reason, row.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procurement_made_brings_its_3_points_back_into_the_base()
    {
        var facts = Facts().Select(f => f is Procurement ? new Procurement(10_000m, 9_000m) : f).ToList();

        var card = new ScorecardEvaluator(TestDocuments.Load("xushui-style.json")).Evaluate(facts);

        Assert.Equal(96m, card.ApplicablePoints);
        Assert.Equal(87.8m, card.RawTotal);
        Assert.Equal(91.46m, card.Total);
    }

    private static EvaluatorFinding Finding(string code, decimal points, string reason) => new(code, points, new LocalizedText(reason));
}
