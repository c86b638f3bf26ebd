using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The formula block: the points are what the formula computes, checked against 0 to the weight unless clamped.</summary>
public sealed class FormulaBlockTest
{
    private const string Block = """
        {
          "kind": "formula",
          "points": "if(Procurement.Actual > Procurement.Planned, 0, 2 * Procurement.Actual / Procurement.Planned)",
          "labels": { "Procurement.Actual": "实际采购金额", "Procurement.Planned": "采购计划金额" }
        }
        """;

    [Fact]
    public void The_formula_gives_the_points_and_the_note_gives_the_formula_in_words()
    {
        var row = Documents.Score(2, Block, new Procurement(100m, 80m));

        Assert.Equal(1.6m, row.Score);
        Assert.Contains("得分=if（实际采购金额>采购计划金额, 0, 2*实际采购金额/采购计划金额）", row.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(0.4m, Assert.Single(row.Deductions).Points);
        Assert.Equal(2, row.Deductions[0].Inputs.Count);
    }

    [Fact]
    public void A_result_outside_the_weight_is_an_error_unless_clamped()
    {
        const string Over = """{ "kind": "formula", "points": "3 * Procurement.Actual / Procurement.Planned" }""";
        const string Clamped = """{ "kind": "formula", "points": "3 * Procurement.Actual / Procurement.Planned", "clamp": true }""";

        Assert.Equal(IndicatorOutcome.Error, Documents.Score(2, Over, new Procurement(100m, 100m)).Outcome);
        Assert.Equal(2m, Documents.Score(2, Clamped, new Procurement(100m, 100m)).Score);
        Assert.Equal(1.5m, Documents.Score(2, Clamped, new Procurement(100m, 50m)).Score);
    }

    [Fact]
    public void Missing_facts_are_missing_data()
    {
        Assert.Equal(IndicatorOutcome.MissingData, Documents.Score(2, Block).Outcome);
    }
}
