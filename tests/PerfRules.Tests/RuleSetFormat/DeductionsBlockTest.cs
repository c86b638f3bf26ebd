using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The deductions block: full points less each deduction that applies, per rule and per fact, floored at 0 (扣分项).</summary>
public sealed class DeductionsBlockTest
{
    private const string Block = """
        {
          "kind": "deductions",
          "items": [
            { "when": "count(BudgetLineItem where IsNonPolicyAdjustment == true) >= 3", "points": "if(count(BudgetLineItem where IsNonPolicyAdjustment == true) >= 5, 1, 0.5)",
              "reason": "非统一政策原因的调整事项{count(BudgetLineItem where IsNonPolicyAdjustment == true)}项，扣{if(count(BudgetLineItem where IsNonPolicyAdjustment == true) >= 5, 1, 0.5)}分" },
            { "forEach": "BudgetLineItem", "orderBy": ["Name"], "items": [
                { "when": "abs(Final - Budget) / Budget >= 0.5", "points": 0.5, "reason": "{Name}预决算差异率={abs(Final - Budget) / Budget:percent}，达到50%，扣0.5分" } ] }
          ],
          "whenNone": "均未达到扣分标准，得2分",
          "subject": "该部分"
        }
        """;

    private static BudgetLineItem Line(string name, decimal budget, decimal final, bool nonPolicy = false) => new(name, budget, null, final, nonPolicy);

    [Fact]
    public void Nothing_deducted_gives_the_note_for_none()
    {
        var row = Documents.Score(2, Block, Line("甲", 100m, 120m));

        Assert.Equal(2m, row.Score);
        Assert.Equal("均未达到扣分标准，得2分", row.Note.Chinese);
    }

    [Fact]
    public void Each_rule_and_each_fact_deducts_in_order_and_the_note_lists_them()
    {
        // Names order ordinally, as the C# rule sets order them: 乙 (U+4E59) before 甲 (U+7532).
        var row = Documents.Score(2, Block, Line("乙", 100m, 200m, true), Line("甲", 100m, 160m, true), Line("丙", 100m, 100m, true));

        Assert.Equal(0.5m, row.Score);
        Assert.Equal([0.5m, 0.5m, 0.5m], row.Deductions.Select(d => d.Points));
        Assert.Equal("非统一政策原因的调整事项3项，扣0.5分，乙预决算差异率=100.00%，达到50%，扣0.5分，甲预决算差异率=60.00%，达到50%，扣0.5分，该部分得0.5分", row.Note.Chinese);
    }

    [Fact]
    public void The_floor_stops_at_the_deduction_that_reaches_it_cut_to_what_was_left()
    {
        var lines = Enumerable.Range(1, 6).Select(i => (object)Line($"项目{i}", 100m, 300m, true)).ToArray();

        var row = Documents.Score(2, Block, lines);

        Assert.Equal(0m, row.Score);
        Assert.Equal([1m, 0.5m, 0.5m], row.Deductions.Select(d => d.Points));
        var cut = Documents.Score(1.2m, Block, lines);
        Assert.Equal([1m, 0.2m], cut.Deductions.Select(d => d.Points));
        Assert.EndsWith("（扣至0分为止，实扣0.2分）", cut.Deductions[^1].Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_cannot_be_computed_fails_the_indicator_naming_the_fact()
    {
        var row = Documents.Score(2, Block, Line("甲", 0m, 10m));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Equal("BudgetLineItem", Assert.Single(row.Problems).FactType);
    }

    [Fact]
    public void A_forEach_is_checked_against_the_fact_type_when_loaded()
    {
        var wrong = Block.Replace("\"orderBy\": [\"Name\"]", "\"orderBy\": [\"Nmae\"]", StringComparison.Ordinal).Replace("abs(Final - Budget)", "abs(Fnal - Budget)", StringComparison.Ordinal);

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, wrong))).Errors;

        Assert.Contains(errors, e => e.Message.Chinese.Contains("BudgetLineItem没有字段“Nmae”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Chinese.Contains("Fnal", StringComparison.Ordinal));
    }
}
