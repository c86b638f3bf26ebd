using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The limits that keep any document safe to load: size, depth, indicators, formula length.</summary>
public sealed class LimitsTest
{
    [Fact]
    public void A_document_over_1_MB_is_refused_without_being_read()
    {
        var json = "{ \"id\": \"Big\", \"$comment\": \"" + new string('x', RuleSetJson.MaxDocumentBytes) + "\" }";

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors);

        Assert.Equal("$", error.Path);
        Assert.Contains("1 MB", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_nested_deeper_than_64_levels_is_refused_at_the_first_level_too_deep()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        var json = "{ \"id\": \"Deep\", \"$comment\": " + deep + " }";

        var errors = Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors;

        var error = Assert.Single(errors, e => e.Message.English!.Contains("64 levels", StringComparison.Ordinal));
        Assert.Equal(1, error.Line);
        Assert.Equal("$.$comment" + string.Concat(Enumerable.Repeat("[0]", 63)), error.Path);
    }

    [Fact]
    public void A_thousand_fold_nesting_is_refused_as_invalid_json_without_recursion()
    {
        var json = string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000));

        Assert.NotEmpty(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors);
    }

    [Fact]
    public void More_than_2000_indicators_are_refused()
    {
        var rows = string.Join(",", Enumerable.Range(1, RuleSetJson.MaxIndicators + 1).Select(i => $$"""{ "code": "{{i}}", "name": "指标{{i}}", "weight": 0 }"""));
        var json = $$"""{ "id": "Many", "version": "1", "name": "很多", "indicators": [{{rows}}] }""";

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors);

        Assert.Equal("$.indicators", error.Path);
        Assert.Contains("2000", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_over_2000_characters_is_refused_at_its_path()
    {
        var formula = "1" + string.Concat(Enumerable.Repeat(" + 1", 600));

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(5, $$"""{ "kind": "formula", "points": "{{formula}}" }"""))).Errors);

        Assert.Equal("$.indicators[1].scoring.points", error.Path);
        Assert.Contains("2000", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_columns_count_characters_not_bytes()
    {
        var json = "\uFEFF{ \"name\": \"测试\", \"id\": \"中文\", \"version\": \"1\", \"indicators\": [] }";

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(json)).Errors, e => e.Path == "$.id");

        // 22 characters precede the value, "测试" among them (6 bytes of UTF-8, 2 characters).
        Assert.Equal(23, error.Column);
    }
}
