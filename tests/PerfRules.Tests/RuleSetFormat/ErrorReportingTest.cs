using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A document with many mistakes is refused with every one of them, each at its JSON path, line and column.</summary>
public sealed class ErrorReportingTest
{
    // Line numbers matter below: the raw string starts on line 1.
    private const string Broken = """
        {
          "id": "Broken",
          "version": "1",
          "name": "错误示例",
          "indicators": [
            { "code": "1", "name": "一", "weight": 60 },
            { "code": "1.1", "name": "一一", "wieght": 30, "scoring": { "kind": "findings" } },
            { "code": "1.2", "name": "一二", "weight": "30", "scoring": { "kind": "findings" } },
            { "code": "2", "name": "二", "weight": 40, "scoring": { "kind": "band" } },
            { "code": "3", "name": "三", "weight": 0, "scoring": { "kind": "formula", "points": "BudgetExecution.ActualExpenditur / 2" } }
          ],
          "reallocations": [ { "when": "true", "from": "1.3", "to": "2" } ]
        }
        """;

    private static IReadOnlyList<RuleSetError> Errors() => Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Broken, "broken.json")).Errors;

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors();

        Assert.True(errors.Count >= 6, string.Join(Environment.NewLine, errors));
        Assert.All(errors, e => Assert.Equal("broken.json", e.Source));
        Assert.All(errors, e => Assert.Equal(RuleSetErrorSeverity.Error, e.Severity));
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column), errors);
    }

    [Fact]
    public void An_unknown_property_is_reported_at_its_name_with_the_nearest_known_one()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.indicators[1].wieght");

        Assert.Equal(7, error.Line);
        Assert.Equal(36, error.Column);
        Assert.Contains("weight", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_reported_at_its_object()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.indicators[1]" && e.Message.English!.Contains("\"weight\"", StringComparison.Ordinal));

        Assert.Equal(7, error.Line);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.indicators[2].weight");

        Assert.Equal(8, error.Line);
        Assert.Contains("\"30\"", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_suggests_the_nearest()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.indicators[3].scoring.kind");

        Assert.Equal(9, error.Line);
        Assert.Contains("bands", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_error_points_at_the_character_inside_the_formula()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.indicators[4].scoring.points");

        Assert.Equal(10, error.Line);
        // The opening quote is at column 88; the misspelt field starts 16 characters into the formula.
        Assert.Equal(88 + 1 + 16, error.Column);
        Assert.Contains("ActualExpenditure", error.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains("第1行第17列", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_in_a_reallocation_is_reported_at_from()
    {
        var error = Assert.Single(Errors(), e => e.Path == "$.reallocations[0].from");

        Assert.Equal(12, error.Line);
        Assert.Contains("1.3", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exception_message_lists_every_problem_in_English()
    {
        var exception = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Broken, "broken.json"));

        Assert.Contains("broken.json(7,36): error $.indicators[1].wieght", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{exception.Errors.Count} errors", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_returns_the_same_problems_without_throwing()
    {
        Assert.Equal(Errors(), RuleSetJson.Validate(Broken, "broken.json"));
    }

    [Fact]
    public void Weights_that_do_not_add_up_are_reported_at_the_parent_and_the_maximum()
    {
        const string Json = """
            {
              "id": "Sums", "version": "1", "name": "合计",
              "indicators": [
                { "code": "1", "name": "一", "weight": 60 },
                { "code": "1.1", "name": "一一", "weight": 30, "scoring": { "kind": "findings" } },
                { "code": "1.2", "name": "一二", "weight": 20, "scoring": { "kind": "findings" } },
                { "code": "2", "name": "二", "weight": 30, "scoring": { "kind": "findings" } }
              ]
            }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Json)).Errors;

        Assert.Contains(errors, e => e.Path == "$.indicators[0].weight" && e.Line == 4 && e.Message.Chinese.Contains("合计50", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$" && e.Message.Chinese.Contains("合计90，不等于满分100", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_bands_are_reported_at_the_second_band()
    {
        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(4, """
            {
              "kind": "bands",
              "metric": { "name": "率", "formula": "Procurement.Actual / Procurement.Planned", "unit": "percent" },
              "bands": [ { "range": "[90%, 100%]", "points": 4 }, { "range": "[80%, 90%]", "points": 2 } ]
            }
            """))).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.indicators[1].scoring.bands[1]", error.Path);
        Assert.Contains("[80%, 90%]", error.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains("[90%, 100%]", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_and_duplicate_properties_are_reported()
    {
        const string Json = """
            {
              "id": "Dup", "version": "1", "name": "重复", "name": "重复",
              "indicators": [
                { "code": "1", "name": "一", "weight": 100, "scoring": { "kind": "findings" } },
                { "code": "1", "name": "一", "weight": 100, "scoring": { "kind": "findings" } }
              ]
            }
            """;

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Json)).Errors;

        Assert.Contains(errors, e => e.Path == "$.name" && e.Line == 2 && e.Column == 46);
        Assert.Contains(errors, e => e.Path == "$.indicators[1]" && e.Line == 5 && e.Message.Chinese.Contains("第4行", StringComparison.Ordinal));
    }

    [Fact]
    public void Rounding_other_than_half_away_from_zero_to_2_places_is_refused_and_says_so()
    {
        var json = Documents.Leaf(10, """{ "kind": "findings" }""").Replace("\"maximumScore\"", "\"rounding\": { \"mode\": \"halfEven\", \"decimals\": 3 }, \"maximumScore\"", StringComparison.Ordinal);

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors;

        Assert.Contains(errors, e => e.Path == "$.rounding.mode" && e.Message.Chinese.Contains("四舍五入", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.rounding.decimals" && e.Message.English!.Contains("2 places", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_json_is_reported_with_its_line()
    {
        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load("{\n  \"id\": \"X\",\n  \"version\": 1,,\n}")).Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("JSON", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_reads_like_a_compiler_message_in_either_language()
    {
        var error = Errors().First(e => e.Path == "$.indicators[2].weight");

        Assert.StartsWith("broken.json(8,", error.Describe(), StringComparison.Ordinal);
        Assert.Contains("错误 $.indicators[2].weight：", error.Describe(), StringComparison.Ordinal);
        Assert.Contains("error $.indicators[2].weight: expected a number", error.Describe(Language.English), StringComparison.Ordinal);
    }
}
