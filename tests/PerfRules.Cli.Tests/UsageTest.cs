namespace PerfRules.Cli.Tests;

/// <summary>The command line itself: help, unknown commands and options, missing values.</summary>
public sealed class UsageTest
{
    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var run = Tool.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "score", "explain", "whatif", "gains", "check" })
        {
            Assert.Matches($@"(?m)^  {command}\b", run.Out);
        }
    }

    [Theory]
    [InlineData("score", "--format <table|md|html|xlsx|json>")]
    [InlineData("explain", "--indicator <code> (REQUIRED)")]
    [InlineData("whatif", "--set <Type.Field=value> (REQUIRED)")]
    [InlineData("gains", "--facts <file.json> (REQUIRED)")]
    [InlineData("check", "--cases <n>")]
    public void Each_command_has_its_help(string command, string option)
    {
        var run = Tool.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"perfrules {command}", run.Out);
        Assert.Contains(option, run.Out);
    }

    [Fact]
    public void Unknown_command_exits_2_with_usage_on_stderr()
    {
        var run = Tool.Run("rank", "--rules", Tool.Suixi);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perfrules: error: Unrecognized command or argument 'rank'.", run.Error);
        Assert.Contains("Usage:", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Unknown_option_exits_2_with_the_command_usage()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--colour");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perfrules: error: Unrecognized command or argument '--colour'.", run.Error);
        Assert.Contains("perfrules score [options]", run.Error);
    }

    [Fact]
    public void Missing_required_option_exits_2()
    {
        var run = Tool.Run("explain", "--facts", Tool.SuixiFacts, "--indicator", "2.1.2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perfrules: error: Option '--rules' is required.", run.Error);
    }

    [Fact]
    public void Unknown_language_exits_2_naming_the_choices()
    {
        var run = Tool.Run("score", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--lang", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'fr'", run.Error);
        Assert.Contains("'zh'", run.Error);
        Assert.Contains("'en'", run.Error);
    }

    [Fact]
    public void No_command_exits_2_with_usage()
    {
        var run = Tool.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Error);
    }
}
