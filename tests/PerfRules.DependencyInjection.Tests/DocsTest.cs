using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfRules.Facts;
using PerfRules.RuleSets;
using PerfRules.Scorecards;

namespace PerfRules.DependencyInjection.Tests;

/// <summary>The guide's example (docs/dependency-injection.md) is the code of this test, verbatim, so it never rots.</summary>
public sealed class DocsTest
{
    [Fact]
    public void The_guide_example_registers_a_CSharp_and_a_JSON_rule_set_and_scores_with_both()
    {
        var suixiFacts = FactsJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-hrss-2022.facts.json"));
        var facts = FactsJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "xushui-hrss-2023.facts.json"));

        // <example>
        var services = new ServiceCollection();
        services.AddPerfRules(perf => perf
            .AddRuleSet(BuiltInRuleSets.GuangdongSuixi2022)                                                // named by its id
            .AddRuleSetFromJson(Path.Combine(AppContext.BaseDirectory, "rules", "xushui-style-2023.json")) // id XushuiStyle2023
            .Configure(o => o.DefaultRuleSet = "GuangdongSuixi2022"));
        using var provider = services.BuildServiceProvider();

        // A generic host does this as it starts (ValidateOnStart): every rule set is built, and a JSON file with errors
        // stops the host with an OptionsValidationException listing each error with its file, line and column.
        provider.GetRequiredService<IStartupValidator>().Validate();

        var scorecards = provider.GetRequiredService<IScorecardService>();
        Scorecard card = scorecards.Evaluate(facts, "XushuiStyle2023"); // 91.18: 84.8 of the 93 points that applied
        // </example>

        Assert.Equal(91.18m, card.Total);
        Assert.Equal(80.81m, scorecards.Evaluate(suixiFacts).Total);
        Assert.Equal(["GuangdongSuixi2022", "XushuiStyle2023"], scorecards.RuleSetNames);
    }

    [Fact]
    public void The_guide_quotes_the_example_verbatim()
    {
        var root = Root();
        var test = File.ReadAllLines(Path.Combine(root, "tests", "PerfRules.DependencyInjection.Tests", "DocsTest.cs"));
        var guide = File.ReadAllLines(Path.Combine(root, "docs", "dependency-injection.md"));

        var expected = Region(test, "// <example>", "// </example>");
        var quoted = Region(Region(guide, "<!-- example -->", "<!-- /example -->"), "```csharp", "```");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, quoted);
    }

    /// <summary>The trimmed, non-blank lines strictly between two marker lines.</summary>
    private static List<string> Region(IEnumerable<string> lines, string start, string end) =>
        [.. lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end).Select(l => l.Trim()).Where(l => l.Length > 0)];

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
