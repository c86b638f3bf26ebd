using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>Checks on a leaf's block: single facts, unique fields and conditions, run in order before the block scores.</summary>
public sealed class ChecksTest
{
    private const string Block = """
        {
          "kind": "formula",
          "checks": [
            { "when": "any(EvaluatorFinding where IndicatorCode == '1.1' and Points > 1)", "problem": "error", "fact": "EvaluatorFinding", "field": "Points", "message": "一项扣分大于1分" },
            { "single": "Procurement" },
            { "unique": "BudgetLineItem.Name", "message": "预算项目重复" },
            { "when": "Procurement.Planned == 0", "problem": "missingData", "fact": "Procurement", "field": "Planned", "message": "缺少采购计划（{Procurement.Actual:yuan}元已采购）" }
          ],
          "points": "2 * min(Procurement.Actual / Procurement.Planned, 1)"
        }
        """;

    private static EvaluatorFinding Finding(decimal points) => new("1.1", points, new LocalizedText("问题"));

    private static string Kinds(Checked row) => string.Join(", ", row.Problems.Select(p => $"{p.FactType}.{p.Field}"));

    private static Checked Score(params object[] facts)
    {
        var row = Documents.Score(2, Block, facts);
        return new Checked(row.Outcome, row.Score, row.Problems);
    }

    private sealed record Checked(IndicatorOutcome Outcome, decimal? Score, IReadOnlyList<FactProblem> Problems);

    [Fact]
    public void Facts_that_pass_every_check_are_scored()
    {
        Assert.Equal(1m, Score(new Procurement(200m, 100m)).Score);
    }

    [Fact]
    public void A_single_fact_that_is_absent_is_missing_data_and_two_are_an_error()
    {
        var none = Score();
        var two = Score(new Procurement(200m, 100m), new Procurement(300m, 100m));

        Assert.Equal((IndicatorOutcome.MissingData, "Procurement.*"), (none.Outcome, Kinds(none)));
        Assert.Equal((IndicatorOutcome.Error, "Procurement.*"), (two.Outcome, Kinds(two)));
    }

    [Fact]
    public void A_single_fact_check_waits_for_the_checks_before_it()
    {
        var row = Score(Finding(2m));

        Assert.Equal((IndicatorOutcome.Error, "EvaluatorFinding.Points"), (row.Outcome, Kinds(row)));
    }

    [Fact]
    public void Errors_come_before_missing_data_and_a_repeated_field_is_an_error()
    {
        var row = Score(new Procurement(0m, 100m), new BudgetLineItem("甲", 1m, null, 1m), new BudgetLineItem("甲", 2m, null, 2m));
        var missing = Score(new Procurement(0m, 100m));

        Assert.Equal((IndicatorOutcome.Error, "BudgetLineItem.Name"), (row.Outcome, Kinds(row)));
        Assert.Equal((IndicatorOutcome.MissingData, "Procurement.Planned"), (missing.Outcome, Kinds(missing)));
        Assert.Equal("缺少采购计划（100元已采购）", missing.Problems[0].Message.Chinese);
    }

    [Fact]
    public void Checks_belong_to_a_leafs_own_block_and_name_known_facts_and_fields()
    {
        const string Nested = """{ "kind": "cases", "cases": [ { "scoring": { "kind": "findings", "checks": [ { "single": "Procurement" } ] } } ] }""";
        var unknown = Block.Replace("\"single\": \"Procurement\"", "\"single\": \"Procurment\"", StringComparison.Ordinal).Replace("\"field\": \"Planned\"", "\"field\": \"Plan\"", StringComparison.Ordinal);

        var nested = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, Nested))).Errors);
        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, unknown))).Errors;

        Assert.Contains("没有属性“checks”", nested.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Message.Chinese.Contains("未知的事实类型“Procurment”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Chinese.Contains("Procurement没有字段“Plan”", StringComparison.Ordinal));
    }
}
