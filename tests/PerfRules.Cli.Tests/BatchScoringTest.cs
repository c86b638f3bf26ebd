namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules score --batch</c>: a folder of facts files scored in parallel into a summary CSV.</summary>
public sealed class BatchScoringTest
{
    [Fact]
    public void Folder_with_a_broken_file_gives_every_row_and_exits_2()
    {
        using var folder = new TempFolder();
        SuixiFactsFiles.Copy(folder, "a-suixi.json");
        SuixiFactsFiles.WithActualExpenditure(folder, "b-broken.json", "\"lots\"");
        SuixiFactsFiles.WithActualExpenditure(folder, "c-full-execution.json", "15737285.38");
        File.WriteAllText(folder.File("notes.txt"), "not a facts file: ignored");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--batch", folder.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            [
                "file,department,total,grade,complete,problems",
                "a-suixi.json,遂溪县人力资源和社会保障局,80.81,良,true,0",
                "b-broken.json,,,,false,1",
                "c-full-execution.json,遂溪县人力资源和社会保障局,82.31,良,true,0",
            ],
            run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"b-broken\.json(\(\d+\))?: \$\.facts\[\d+\]\.actualExpenditure: BudgetExecution", run.Error);

        // Standard error is not a terminal here, so progress comes as plain lines rather than a redrawn bar.
        Assert.Contains("perfrules: scored 2/2", run.Error);
        Assert.DoesNotContain("\r[", run.Error);
    }

    [Fact]
    public void Summary_goes_to_the_out_file_and_a_complete_batch_exits_0()
    {
        using var folder = new TempFolder();
        using var output = new TempFolder();
        SuixiFactsFiles.Copy(folder, "suixi.json");
        SuixiFactsFiles.WithActualExpenditure(folder, "suixi-full-execution.json", "15737285.38");
        var csv = output.File("summary.csv");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--batch", folder.Path, "--out", csv, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"wrote {csv} (2 of 2 complete)", run.Error);
        Assert.Equal(
            [
                "file,department,total,grade,complete,problems",
                "suixi-full-execution.json,遂溪县人力资源和社会保障局,82.31,Good,true,0",
                "suixi.json,遂溪县人力资源和社会保障局,80.81,Good,true,0",
            ],
            File.ReadAllText(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Incomplete_department_is_a_row_with_its_problem_count()
    {
        using var folder = new TempFolder();
        SuixiFactsFiles.WithActualExpenditure(folder, "negative.json", "-5");

        var run = Tool.Run("score", "--rules", Tool.Suixi, "--batch", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"negative\.json,遂溪县人力资源和社会保障局,,,false,[1-9]\d*", run.Out);
        Assert.Contains("[2.1.2] BudgetExecution.ActualExpenditure:", run.Error);
    }

    [Fact]
    public void Missing_folder_facts_with_batch_and_format_with_batch_are_bad_input()
    {
        var missing = Tool.Run("score", "--rules", Tool.Suixi, "--batch", "no-such-folder");
        var both = Tool.Run("score", "--rules", Tool.Suixi, "--batch", ".", "--facts", Tool.SuixiFacts);
        var format = Tool.Run("score", "--rules", Tool.Suixi, "--batch", ".", "--format", "md");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-folder: the batch folder does not exist.", missing.Error);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("Give either --facts <file.json> (one department) or --batch <folder>", both.Error);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("--format applies to one facts file; --batch writes a summary CSV.", format.Error);
    }
}
