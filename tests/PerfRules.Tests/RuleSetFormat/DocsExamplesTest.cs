using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// Every JSON example of docs/rule-set-format.md and every document of TestData/ loads, and validates against
/// docs/rule-set.schema.json; the Suixi rows the page marks with their verified score give that score on the Suixi facts.
/// A row example (an object with a "code") is loaded inside a document made of its parents.
/// </summary>
public sealed partial class DocsExamplesTest
{
    private static readonly string Page = File.ReadAllText(Path.Combine(TestDocuments.RepositoryRoot, "docs", "rule-set-format.md"));

    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestDocuments.RepositoryRoot, "docs", "rule-set.schema.json"))).RootElement;

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, Blocks().Count)];

    public static TheoryData<string> TestData() => [.. Directory.GetFiles(TestDocuments.Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void The_page_has_examples_of_every_block_and_of_extends()
    {
        var text = string.Join("\n", Blocks());

        foreach (var kind in new[] { "bands", "steps", "proportional", "average", "checklist", "findings", "deadline", "equivalents", "formula", "cases", "deductions", "parts" })
        {
            Assert.Contains($"\"kind\": \"{kind}\"", text, StringComparison.Ordinal);
        }

        Assert.Contains("\"extends\"", text, StringComparison.Ordinal);
        Assert.Contains("\"reallocations\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_loads_without_errors_or_warnings(int index)
    {
        var document = Document(Blocks()[index]);

        var problems = RuleSetJson.Validate(document, $"example {index}", new RuleSetLoadOptions { BaseRuleSets = Bases() });

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_validates_against_the_published_schema(int index)
    {
        var errors = new SchemaSubsetValidator(Schema).Validate(JsonDocument.Parse(Document(Blocks()[index])).RootElement);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(TestData))]
    public void Each_test_document_validates_against_the_published_schema_and_loads(string name)
    {
        var errors = new SchemaSubsetValidator(Schema).Validate(JsonDocument.Parse(TestDocuments.Text(name)).RootElement);
        var bases = new RuleSetLoadOptions { BaseRuleSets = [RuleSetJson.Parse(TestDocuments.Text("province-base.json"))] };

        Assert.Empty(errors);
        Assert.Empty(RuleSetJson.Validate(TestDocuments.Text(name), name, bases));
    }

    [Fact]
    public void The_built_in_suixi_document_validates_against_the_published_schema()
    {
        var errors = new SchemaSubsetValidator(Schema).Validate(JsonDocument.Parse(File.ReadAllText(BuiltInSuixi)).RootElement);

        Assert.Empty(errors);
    }

    [Fact]
    public void The_schema_refuses_what_the_loader_refuses()
    {
        var validator = new SchemaSubsetValidator(Schema);

        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "indicators": [ { "code": "1", "wieght": 3 } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "indicators": [ { "code": "1", "scoring": { "kind": "band" } } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "rounding": { "mode": "halfEven", "decimals": 2 }, "indicators": [ { "code": "1" } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "indicators": [ { "code": "1" } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "indicators": [ { "code": "0.1" } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "indicators": [ { "code": "1", "scoring": { "kind": "cases", "cases": [ { "wen": "true", "points": 1, "note": "甲" } ] } } ] }""")));
        Assert.NotEmpty(validator.Validate(Parse("""{ "id": "X", "version": "1", "name": "x", "indicators": [ { "code": "1", "scoring": { "kind": "findings", "checks": [ { "when": "true", "problem": "warning", "fact": "Procurement", "message": "甲" } ] } } ] }""")));
        Assert.Empty(validator.Validate(Parse("""{ "id": "X", "version": "1", "extends": "Y" }""")));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_suixi_row_marked_with_its_verified_score_gives_that_score_on_the_suixi_facts(int index)
    {
        var block = Blocks()[index];
        if (VerifiedScore().Match(block) is not { Success: true } marked)
        {
            Assert.DoesNotContain("verified score", block, StringComparison.Ordinal);
            return;
        }

        var code = JsonNode.Parse(block)!["code"]!.GetValue<string>();
        var card = new ScorecardEvaluator(RuleSetJson.Load(Document(block))).Evaluate(TestDocuments.SuixiFacts());

        Assert.Equal(decimal.Parse(marked.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), card[code].Score);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static List<string> Blocks() => [.. JsonFence().Matches(Page).Select(m => m.Groups[1].Value)];

    // The page's full documents, and the built-in Suixi document that its example of extending a built-in extends.
    private static List<RuleSetDocument> Bases() =>
        [.. Blocks().Where(b => JsonNode.Parse(b)!["id"] is not null).Select(b => RuleSetJson.Parse(b)), RuleSetJson.Parse(File.ReadAllText(BuiltInSuixi))];

    private static string BuiltInSuixi => Path.Combine(TestDocuments.RepositoryRoot, "src", "PerfRules.RuleSets", "GuangdongSuixi2022", "GuangdongSuixi2022.json");

    /// <summary>A full document as it is; a row inside a document of its ancestors, each of the row's weight.</summary>
    private static string Document(string block)
    {
        var node = JsonNode.Parse(block)!.AsObject();
        if (node["id"] is not null)
        {
            return block;
        }

        var code = node["code"]!.GetValue<string>();
        var weight = node["weight"]!.GetValue<decimal>();
        var segments = code.Split('.');
        var rows = new JsonArray();
        for (var i = 1; i < segments.Length; i++)
        {
            rows.Add(new JsonObject { ["code"] = string.Join('.', segments[..i]), ["name"] = "上级", ["weight"] = weight });
        }

        rows.Add(node.DeepClone());
        return new JsonObject
        {
            ["id"] = "Example",
            ["version"] = "1",
            ["name"] = "示例",
            ["maximumScore"] = weight,
            ["indicators"] = rows,
        }.ToJsonString();
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonFence();

    [GeneratedRegex("Suixi 2022 verified score: ([0-9.]+)")]
    private static partial Regex VerifiedScore();
}
