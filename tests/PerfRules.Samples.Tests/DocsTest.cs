namespace PerfRules.Samples.Tests;

/// <summary>
/// The README's quick start for a county's own rule set and the guide docs/custom-rule-sets.md quote the county
/// sample's code verbatim (the region between <c>// &lt;extend&gt;</c> markers in WangchuanRuleSet.cs), so they never rot.
/// </summary>
public sealed class DocsTest
{
    private static readonly string Root = FindRoot();

    private static IReadOnlyList<string> Sample() =>
        Region(File.ReadAllLines(Path.Combine(Root, "samples", "PerfRules.Samples.CustomCounty", "Wangchuan2022", "WangchuanRuleSet.cs")), "// <extend>", "// </extend>");

    [Theory]
    [InlineData("README.md", "<!-- county-quickstart -->", "<!-- /county-quickstart -->")]
    [InlineData("docs/custom-rule-sets.md", "<!-- extend -->", "<!-- /extend -->")]
    public void The_page_quotes_the_county_sample_verbatim(string page, string start, string end)
    {
        var quoted = Region(Region(File.ReadAllLines(Path.Combine(Root, page)), start, end), "```csharp", "```");

        Assert.NotEmpty(Sample());
        Assert.Equal(Sample(), quoted);
    }

    /// <summary>The trimmed, non-blank lines strictly between two marker lines.</summary>
    private static string[] Region(IEnumerable<string> lines, string start, string end) =>
        [.. lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end).Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string FindRoot()
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
