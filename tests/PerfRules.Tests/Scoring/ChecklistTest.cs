using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>预算编制合理性 (1.1.1): three items, 1 point each.</summary>
public sealed class ChecklistTest
{
    private static readonly Checklist Reasonableness = new(
        new ChecklistItem("1", new LocalizedText("部门预算编制、分配符合本部门职责"), 1m),
        new ChecklistItem("2", new LocalizedText("预算资金在不同项目、不同用途之间分配合理"), 1m),
        new ChecklistItem("3", new LocalizedText("部门预算分配不固化"), 1m));

    private static Dictionary<string, bool> Answers(bool first, bool second, bool third) =>
        new() { ["1"] = first, ["2"] = second, ["3"] = third };

    [Fact]
    public void All_three_items_met_scores_3()
    {
        var result = Reasonableness.Evaluate(Answers(true, true, true));
        Assert.Equal(3m, result.Score);
        Assert.Equal(3m, result.PointsAvailable);
        Assert.Empty(result.Unmet);
    }

    [Fact]
    public void An_unmet_item_loses_its_points_and_is_listed()
    {
        var result = Reasonableness.Evaluate(Answers(true, false, true));
        Assert.Equal(2m, result.Score);
        var unmet = Assert.Single(result.Unmet);
        Assert.Equal("2", unmet.Item.Key);
        Assert.Equal(1m, unmet.PointsLost);
        Assert.Equal(0m, unmet.PointsScored);
    }

    [Fact]
    public void An_unanswered_item_is_an_error_not_unmet()
    {
        var e = Assert.Throws<ArgumentException>(() => Reasonableness.Evaluate(new Dictionary<string, bool> { ["1"] = true, ["2"] = true }));
        Assert.Contains("no answer for item(s) 3", e.Message);
    }

    [Fact]
    public void An_answer_to_an_unknown_item_is_an_error()
    {
        var answers = Answers(true, true, true);
        answers["4"] = true;
        var e = Assert.Throws<ArgumentException>(() => Reasonableness.Evaluate(answers));
        Assert.Contains("unknown item(s) 4", e.Message);
    }

    [Fact]
    public void Duplicate_keys_and_empty_checklists_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Checklist(
            new ChecklistItem("1", new LocalizedText("甲"), 1m),
            new ChecklistItem("1", new LocalizedText("乙"), 1m)));
        Assert.Throws<ArgumentException>(() => new Checklist());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChecklistItem("1", new LocalizedText("甲"), -1m));
    }

    [Fact]
    public void Suixi_budget_standards_with_items_worth_2_each_after_reallocation_score_4()
    {
        var standards = new Checklist(
            new ChecklistItem("1", new LocalizedText("做实做细部门项目库"), 2m),
            new ChecklistItem("2", new LocalizedText("项目支出预算细化到具体用款单位"), 2m));

        var result = standards.Evaluate(new Dictionary<string, bool> { ["1"] = true, ["2"] = true });

        Assert.Equal(4m, result.Score);
    }
}
