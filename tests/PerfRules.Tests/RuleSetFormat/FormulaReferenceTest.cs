using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A document whose formulas read what the facts do not have is refused when loaded, never when scored.</summary>
public sealed class FormulaReferenceTest
{
    private const string Json = """
        {
          "id": "Refs", "version": "1", "name": "引用",
          "labels": { "Budget.Actual": "实际数" },
          "indicators": [
            { "code": "1", "name": "甲", "weight": 50,
              "scoring": { "kind": "formula", "points": "50 * Procurement.Actual / Procurement.Plan" } },
            { "code": "2", "name": "乙", "weight": 50,
              "notApplicable": { "when": "Procurment.Planned == 0", "reason": "无" },
              "scoring": { "kind": "findings" } }
          ]
        }
        """;

    [Fact]
    public void An_unknown_field_and_an_unknown_fact_type_are_reported_with_suggestions_at_the_character()
    {
        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Json, "refs.json")).Errors;

        var field = Assert.Single(errors, e => e.Path == "$.indicators[0].scoring.points");
        Assert.Contains("Procurement没有字段“Plan”，是否应为“Planned”？", field.Message.Chinese, StringComparison.Ordinal);
        Assert.Equal(6, field.Line);
        Assert.Equal(49 + 1 + 38, field.Column);

        var type = Assert.Single(errors, e => e.Path == "$.indicators[1].notApplicable.when");
        Assert.Contains("did you mean 'Procurement'", type.Message.English, StringComparison.Ordinal);

        var label = Assert.Single(errors, e => e.Path == "$.labels['Budget.Actual']");
        Assert.Contains("Budget", label.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linter_can_list_every_formula_with_its_place_without_building()
    {
        var document = RuleSetJson.Parse(Json, "refs.json");

        Assert.Equal(["$.indicators[0].scoring.points", "$.indicators[1].notApplicable.when"], document.Formulas.Select(f => f.Path));
        Assert.Equal("Procurment.Planned == 0", document.Formulas[1].Text);
        Assert.Equal(8, document.Formulas[1].Line);
        Assert.Equal(["1", "2"], document.Indicators.Select(i => i.Code));
        Assert.Equal("formula", document.Indicators[0].ScoringKind);
    }

    [Fact]
    public void A_block_label_its_formulas_do_not_read_is_a_warning_and_the_document_still_loads()
    {
        var json = Documents.Leaf(2, """
            { "kind": "formula", "points": "2 * Procurement.Actual / 100", "clamp": true,
              "labels": { "Procurement.Planned": "计划数" } }
            """);

        var warning = Assert.Single(RuleSetJson.Validate(json));

        Assert.Equal(RuleSetErrorSeverity.Warning, warning.Severity);
        Assert.Equal("$.indicators[1].scoring.labels['Procurement.Planned']", warning.Path);
        Assert.NotNull(RuleSetJson.Load(json));
    }
}
