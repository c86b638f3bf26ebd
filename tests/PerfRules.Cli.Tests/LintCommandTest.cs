namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules lint</c>: the linter on a rule-set document, with exit codes 0 (clean), 1 (findings), 2 (unreadable).</summary>
public sealed class LintCommandTest
{
    private static readonly string AsPrinted = Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-2022-as-printed.json");

    [Fact]
    public void Lint_SuixiAsPrinted_Exits1ListingThe21AndTheGapAbove100Percent()
    {
        var run = Tool.Run("lint", AsPrinted, "--lang", "en");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"suixi-2022-as-printed\.json\(\d+,\d+\): error 2\.1: indicator 2\.1 Expenditure management weighs 21, but its children", run.Out);
        Assert.Matches(@"suixi-2022-as-printed\.json\(\d+,\d+\): error 2\.1\.2: .* in \(100%, \+∞\) is in no band \(e\.g\. 105%\)", run.Out);
        Assert.EndsWith("3 errors, 0 warnings, 0 info\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CleanDocument_Exits0()
    {
        using var folder = new TempFolder();
        var clean = Path.Combine(folder.Path, "clean.json");
        File.WriteAllText(clean, """
            {
              "id": "Clean", "version": "1", "name": "干净的规则集", "maximumScore": 4,
              "indicators": [
                { "code": "1", "name": "预算执行", "weight": 4 },
                { "code": "1.1", "name": "财务合规性", "weight": 4, "criteria": "每发现一项问题扣1分，扣完为止", "scoring": { "kind": "findings" } }
              ]
            }
            """);

        var run = Tool.Run("lint", clean);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("错误0个，警告0个，提示0个\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Lint_MissingFile_Exits2()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.json");

        var run = Tool.Run("lint", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: cannot read the file", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
