using System.IO.Compression;
using System.Text.Json;

namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules score --facts</c>: the Suixi case in every format, and bad input.</summary>
public sealed class ScoreCommandTest
{
    [Fact]
    public void Table_scores_the_Suixi_case_80_81_good()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("遂溪县人力资源和社会保障局 2022年度 整体绩效评价指标评分表", run.Out);
        Assert.Contains("核查总分：80.81分，等级：良；自评总分：86.75分", run.Out);
        Assert.Matches(@"2\.1\.2 支出完成率 +4 +4 +4\.5（调整后分值6）", run.Out);
        Assert.Contains("-0.5 购进的监控设备未做固定资产核算，扣0.5分（凭证：2022年12月47#凭证）", run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Table_in_English_with_lang_en()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Verified total: 80.81, grade: Good; self-assessed total: 86.75", run.Out);
        Assert.Contains("2.1.2 Expenditure completion rate", run.Out);
    }

    [Fact]
    public void Json_is_the_scorecard_with_total_80_81_and_grade_good()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(80.81m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("良", json.RootElement.GetProperty("grade").GetProperty("chineseName").GetString());
        Assert.Equal("遂溪县人力资源和社会保障局", json.RootElement.GetProperty("department").GetString());
    }

    [Fact]
    public void Markdown_holds_the_table_and_the_total()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("| 1.1.3 预算编制准确性 |", run.Out);
        Assert.Contains("80.81", run.Out);
        Assert.Contains("良", run.Out);
    }

    [Fact]
    public void Html_goes_to_the_out_file_with_the_total_inside()
    {
        using var folder = new TempFolder();
        var html = folder.File("report.html");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--format", "html", "--out", html);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"wrote {html} (遂溪县人力资源和社会保障局: 80.81 良)", run.Error);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("80.81", page);
    }

    [Fact]
    public void Xlsx_goes_to_the_out_file_as_a_workbook_with_the_total_inside()
    {
        using var folder = new TempFolder();
        var xlsx = folder.File("report.xlsx");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--format", "xlsx", "--out", xlsx);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var workbook = ZipFile.OpenRead(xlsx);
        var texts = workbook.Entries
            .Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd())
            .ToList();
        Assert.Contains(workbook.Entries, e => e.FullName == "xl/workbook.xml");
        Assert.Contains(texts, t => t.Contains("80.81", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_without_out_is_a_usage_error()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format xlsx writes a workbook, which needs a file: add --out", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Unknown_rule_set_exits_2_listing_the_built_in_ones()
    {
        var run = Tool.Run("score", "--rules", "HebeiXushui2023", "--facts", Tool.SuixiFacts);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("There is no built-in rule set 'HebeiXushui2023'; the built-in ones are: GuangdongSuixi2022.", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_rule_set_file_with_errors_exits_2_listing_each_error_with_file_line_and_json_path()
    {
        using var folder = new TempFolder();
        var rules = folder.File("county.rules.json");
        File.WriteAllText(rules, "{ \"id\": \"County\" }");

        var run = Tool.Run("score", "--rules", rules, "--facts", Tool.SuixiFacts);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(rules, run.Error);
        Assert.Contains("c.json(1,1): error $: a rule set lacks the required property \"version\"".Replace("c.json", rules, StringComparison.Ordinal), run.Error);
        Assert.Contains("lacks the required property \"indicators\"", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_rule_set_file_scores_like_a_built_in_one()
    {
        // Five rows of the Suixi table as JSON (the test data of the rule-set format): the facts about the other rows
        // name indicators it lacks, so they are reported and the scorecard is incomplete (exit 2), but every row is scored.
        var rules = Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-2022-extract.json");

        var run = Tool.Run("score", "--rules", rules, "--facts", Tool.SuixiFacts, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"ruleSetId\": \"GuangdongSuixi2022Extract\"", run.Out);
        Assert.Contains("\"score\": 4.5", run.Out);
        Assert.Contains("指标编码1.1.1不在本规则集中", run.Error);
    }

    [Fact]
    public void Malformed_facts_file_exits_2_naming_the_file_the_json_path_and_the_field()
    {
        using var folder = new TempFolder();
        var facts = SuixiFactsFiles.WithActualExpenditure(folder, "case.json", "\"lots\"");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", facts);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"perfrules: error: .*case\.json(\(\d+\))?: \$\.facts\[\d+\]\.actualExpenditure: BudgetExecution: ", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Facts_file_that_is_not_json_exits_2_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        var facts = folder.File("broken.json");
        File.WriteAllText(facts, "{ \"facts\": [\n  { \"type\": \"BudgetExecution\", \n");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", facts);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{facts}(", run.Error);
        Assert.Contains("not valid JSON", run.Error);
    }

    [Fact]
    public void Missing_facts_file_exits_2_naming_it()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", "no-such-department.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-department.json: the facts file does not exist.", run.Error);
    }

    [Fact]
    public void Incomplete_scorecard_prints_the_table_and_the_problems_and_exits_2()
    {
        using var folder = new TempFolder();
        var facts = SuixiFactsFiles.WithActualExpenditure(folder, "negative.json", "-5");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", facts);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("评价未完成", run.Out);
        Assert.Contains($"{facts}: the scorecard is incomplete:", run.Error);
        Assert.Contains("[2.1.2] BudgetExecution.ActualExpenditure:", run.Error);
    }
}
