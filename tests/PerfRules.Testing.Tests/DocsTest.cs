namespace PerfRules.Testing.Tests;

/// <summary>The guide's quick start is the sample's test, verbatim, so that it never rots.</summary>
public sealed class DocsTest
{
    [Fact]
    public void The_testing_guide_quotes_the_sample_test_verbatim()
    {
        var root = Root();
        var sample = File.ReadAllLines(Path.Combine(root, "samples", "PerfRules.Samples.PropertyTests", "SuixiRuleSetPropertiesTest.cs"));
        var guide = File.ReadAllLines(Path.Combine(root, "docs", "testing.md"));

        var expected = Region(sample, "// <quickstart>", "// </quickstart>");
        var quoted = Region(Region(guide, "<!-- sample -->", "<!-- /sample -->"), "```csharp", "```");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, quoted);
    }

    private static List<string> Region(IEnumerable<string> lines, string start, string end) =>
        [.. lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end)];

    private static string Root()
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
