namespace PerfRules.RuleSets.Tests;

/// <summary>The README's scoring quick start is the top of the Suixi sample's Program.cs, which runs in CI's build.</summary>
public sealed class ReadmeQuickStartTest
{
    [Fact]
    public void The_readme_scoring_quick_start_is_the_sample_code()
    {
        var root = RepositoryRoot();
        var sample = Region(File.ReadAllLines(Path.Combine(root, "samples", "PerfRules.Samples.Suixi", "Program.cs")), "// <quickstart>", "// </quickstart>");
        var readme = Region(Region(File.ReadAllLines(Path.Combine(root, "README.md")), "<!-- scoring-quickstart -->", "<!-- /scoring-quickstart -->"), "```csharp", "```");

        Assert.NotEmpty(sample);
        Assert.Equal(sample, readme);
    }

    /// <summary>The trimmed, non-blank lines strictly between two marker lines.</summary>
    private static string[] Region(IEnumerable<string> lines, string start, string end) =>
        lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end)
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PerfRules.sln not found above " + AppContext.BaseDirectory);
    }
}
