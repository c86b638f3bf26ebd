namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules check</c>: PerfRules.Testing's properties run on a rule set around a baseline facts file.</summary>
public sealed class CheckCommandTest
{
    [Fact]
    public void Suixi_rule_set_keeps_its_properties_around_the_Suixi_facts()
    {
        var run = Tool.Run("check", Tool.Suixi, "--facts", Tool.SuixiFacts, "--cases", "10", "--seed", "20240304");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Rule set GuangdongSuixi2022", run.Out);
        Assert.Contains("(seed 20240304)", run.Out);
        Assert.Contains("✓ BoundsAsDeclared 2.1.2", run.Out);
        Assert.Contains("✓ InsertionOrderInvariant (10 cases)", run.Out);
    }

    [Fact]
    public void Incomplete_baseline_exits_2_before_checking()
    {
        using var folder = new TempFolder();
        var facts = SuixiFactsFiles.WithActualExpenditure(folder, "negative.json", "-5");

        var run = Tool.Run("check", Tool.Suixi, "--facts", facts, "--cases", "10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{facts}: the baseline of a check must be a complete facts file.", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Cases_must_be_positive()
    {
        var run = Tool.Run("check", Tool.Suixi, "--facts", Tool.SuixiFacts, "--cases", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cases must be at least 1.", run.Error);
    }
}
