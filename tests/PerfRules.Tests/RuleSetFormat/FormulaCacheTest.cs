using PerfRules.RuleSetFormat;
using PerfRules.RuleSetFormat.Building;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A load parses each formula text once and shares it; every place that writes a wrong formula is still reported.</summary>
public sealed class FormulaCacheTest
{
    [Fact]
    public void The_same_text_twice_gives_the_same_formula()
    {
        var cache = new FormulaCache(FormulaSchema.BuiltInFacts);

        Assert.True(cache.TryParse("BudgetExecution.ActualExpenditure", out var first, out _));
        Assert.True(cache.TryParse("BudgetExecution.ActualExpenditure", out var second, out var errors));

        Assert.Same(first, second);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_formula_for_each_fact_is_parsed_apart_from_the_same_text_read_whole()
    {
        var cache = new FormulaCache(FormulaSchema.BuiltInFacts);

        var whole = cache.TryParse("Actual > 0", out _, out var wholeErrors);
        var perFact = cache.TryParseForEach("Actual > 0", nameof(PerfRules.Facts.Procurement), out var formula, out _);

        Assert.False(whole);
        Assert.NotEmpty(wholeErrors);
        Assert.True(perFact);
        Assert.Equal(FormulaType.Boolean, formula!.ResultType);
    }

    [Fact]
    public void The_inputs_of_a_formula_are_found_once_per_label_book()
    {
        var cache = new FormulaCache(FormulaSchema.BuiltInFacts);
        var diagnostics = new PerfRules.RuleSetFormat.Json.Diagnostics();
        var labels = LabelBook.Of([], cache, diagnostics);
        var other = LabelBook.Of([], cache, diagnostics);
        Assert.True(cache.TryParse("BudgetExecution.ActualExpenditure / BudgetExecution.BudgetIssuedByFinance", out var formula, out _));

        var first = cache.InputsOf(formula, labels);

        Assert.Same(first, cache.InputsOf(formula, labels));
        Assert.NotSame(first, cache.InputsOf(formula, other));
        Assert.Equal("{0}/{1}", first.Template);
    }

    [Fact]
    public void A_wrong_text_gives_the_same_errors_each_time()
    {
        var cache = new FormulaCache(FormulaSchema.BuiltInFacts);

        Assert.False(cache.TryParse("Procurement.Plan / 2", out _, out var first));
        Assert.False(cache.TryParse("Procurement.Plan / 2", out var formula, out var second));

        Assert.Null(formula);
        Assert.Equal(first, second);
        Assert.False(Formula.TryParse("Procurement.Plan / 2", FormulaSchema.BuiltInFacts, out _, out var direct));
        Assert.Equal(direct.Select(e => e.Describe()), first.Select(e => e.Describe()));
    }

    [Fact]
    public void The_same_wrong_formula_in_two_indicators_is_reported_at_both()
    {
        const string json = """
            {
              "id": "Twice", "version": "1", "name": "两次",
              "indicators": [
                { "code": "1", "name": "甲", "weight": 50, "scoring": { "kind": "formula", "points": "50 * Procurement.Plan" } },
                { "code": "2", "name": "乙", "weight": 50, "scoring": { "kind": "formula", "points": "50 * Procurement.Plan" } }
              ]
            }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json, "twice.json")).Errors;

        Assert.Contains(errors, e => e.Path == "$.indicators[0].scoring.points");
        Assert.Contains(errors, e => e.Path == "$.indicators[1].scoring.points");
    }
}
