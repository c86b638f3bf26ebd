using System.Text.Json;

namespace PerfRules.Cli.Tests;

/// <summary>
/// A county's rule-set file that extends the built-in Suixi table (<c>"extends": "GuangdongSuixi2022"</c>) is resolved
/// over the built-in's JSON document by <c>score</c>, <c>lint</c> and <c>check</c>, with no option naming the base.
/// </summary>
public sealed class ExtendsBuiltInTest
{
    private static readonly string County = Path.Combine(AppContext.BaseDirectory, "TestData", "county-extends-suixi.json");

    [Fact]
    public void Score_resolves_the_built_in_base_and_scores_the_county_change()
    {
        var run = Tool.Run("score", "--rules", County, "--facts", Tool.SuixiFacts, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("SuixiCountyExample2023", json.RootElement.GetProperty("ruleSetId").GetString());
        var carryOver = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "2.1.3");

        // Suixi's 0.65% scores 3 of 3 in the built-in table and 2 in the county's, so 80.81 becomes 79.81: 中, not 良.
        Assert.Equal(2m, carryOver.GetProperty("score").GetDecimal());
        Assert.Equal(79.81m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("中", json.RootElement.GetProperty("grade").GetProperty("chineseName").GetString());
    }

    [Fact]
    public void Lint_resolves_the_built_in_base_and_finds_nothing()
    {
        var run = Tool.Run("lint", County, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("0 errors, 0 warnings, 0 info\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_resolves_the_built_in_base()
    {
        var run = Tool.Run("check", County, "--facts", Tool.SuixiFacts, "--cases", "5", "--seed", "20240304");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Rule set SuixiCountyExample2023", run.Out);
        Assert.Contains("✓ BoundsAsDeclared 2.1.3", run.Out);
    }
}
