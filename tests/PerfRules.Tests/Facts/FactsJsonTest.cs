using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.Facts;

public sealed class FactsJsonTest
{
    [Fact]
    public void Facts_are_read_by_type_with_camel_case_fields_dates_enums_and_texts()
    {
        const string json = """
            {
              "facts": [
                { "type": "Procurement", "planned": 0, "actual": 219686 },
                { "type": "Disclosure", "kind": "SelfEvaluation", "approvedOn": null, "approvalDocument": null,
                  "publishedOn": "2023-05-05", "deadline": "2023-04-30" },
                { "type": "EvaluatorFinding", "indicatorCode": "2.1.7", "points": 0.5,
                  "reason": { "chinese": "购进的监控设备未做固定资产核算" }, "evidence": ["2022年12月47#凭证"] },
              ]
            }
            """;

        var facts = FactsJson.Read(json, "case.json");

        Assert.Equal(new Procurement(0m, 219_686m), facts[0]);
        Assert.Equal(new Disclosure(DisclosureKind.SelfEvaluation, null, null, new DateOnly(2023, 5, 5), Deadline: new DateOnly(2023, 4, 30)), facts[1]);
        Assert.Equal(new EvaluatorFinding("2.1.7", 0.5m, new LocalizedText("购进的监控设备未做固定资产核算"), "2022年12月47#凭证"), facts[2]);
    }

    [Theory]
    [InlineData("""{ "facts": [ { "type": "Budget" } ] }""", "$.facts[0].type", "unknown fact type 'Budget'")]
    [InlineData("""{ "facts": [ { "planned": 1 } ] }""", "$.facts[0]", "no \"type\"")]
    [InlineData("""{ "facts": [ { "type": "Procurement", "planned": 1, "actual": 2, "actaul": 3 } ] }""", "$.facts[0]", "actaul")]
    [InlineData("""{ "facts": [ { "type": "Procurement", "planned": "many", "actual": 2 } ] }""", "$.facts[0].planned", "Procurement")]
    [InlineData("""{ "facts": [ { "type": 7 } ] }""", "$.facts[0].type", "\"type\" is not a string")]
    [InlineData("""{ "facts": [ { "type": null } ] }""", "$.facts[0]", "no \"type\"")]
    [InlineData("""{ "facts": [ 3 ] }""", "$.facts[0]", "each fact is an object")]
    [InlineData("""[ 1 ]""", "$", "\"facts\" array")]
    [InlineData("""{ "fact": [] }""", "$", "\"facts\" array")]
    [InlineData("""{ "facts": [ """, "$", "not valid JSON")]
    public void A_bad_file_is_reported_with_file_path_and_field(string json, string path, string problem)
    {
        var error = Assert.Throws<FactsFileException>(() => FactsJson.Read(json, "case.json"));

        Assert.Equal("case.json", error.File);
        Assert.StartsWith(path, error.JsonPath, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("case.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_facts_read_back_equal()
    {
        object[] facts =
        [
            new BudgetExecution(10_303_600m, 15_188_214.45m, 549_070.93m, 101_571.86m, 15_188_214.45m, 0m, 15_635_713.52m, 15_188_214.45m),
            new SelfEvaluationGroup(new DateOnly(2023, 4, 20), 4, true, true, true, ["出纳", "会计"]),
            new IdleTreasuryFunds(2022, 0m),
        ];

        var json = FactsJson.Write(facts);

        Assert.Equal(facts, FactsJson.Read(json));
        Assert.Contains("\"type\": \"BudgetExecution\"", json, StringComparison.Ordinal);
        Assert.Contains("出纳", json, StringComparison.Ordinal);
    }
}

/// <summary>docs/facts.schema.json is generated from the fact types; PERFRULES_APPROVE=1 rewrites it after a deliberate change.</summary>
public sealed class FactsSchemaTest
{
    [Fact]
    public void The_published_schema_is_the_schema_of_the_standard_fact_types()
    {
        var schema = FactsJson.Schema();
        var path = Path.Combine(RepositoryRoot(), "docs", "facts.schema.json");
        if (Environment.GetEnvironmentVariable("PERFRULES_APPROVE") == "1")
        {
            File.WriteAllText(path, schema + "\n");
        }

        Assert.Equal(schema, File.ReadAllText(path).TrimEnd('\n'));
        Assert.Contains("\"const\": \"BudgetExecution\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"actualExpenditure\"", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"isPublished\"", schema, StringComparison.Ordinal);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
