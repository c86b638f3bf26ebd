using System.Runtime.CompilerServices;
using PerfRules.Facts;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// The Suixi sample ships the golden case as a facts file (samples/PerfRules.Samples.Suixi/suixi-hrss-2022.facts.json):
/// it must hold exactly the facts the golden loader builds. Set PERFRULES_APPROVE=1 to rewrite it after a deliberate change.
/// </summary>
public sealed class SuixiFactsFileTest
{
    [Fact]
    public void The_sample_facts_file_holds_exactly_the_golden_facts()
    {
        var expected = FactsJson.Write(SuixiGolden.Facts());
        if (Environment.GetEnvironmentVariable("PERFRULES_APPROVE") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "samples", "PerfRules.Samples.Suixi", "suixi-hrss-2022.facts.json"), expected + "\n");
        }

        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-hrss-2022.facts.json"));

        Assert.Equal(expected, shipped.TrimEnd('\n'));
        Assert.Equal(SuixiGolden.Facts(), FactsJson.Read(shipped));
    }

    [Fact]
    public void Every_golden_fact_survives_a_write_and_read()
    {
        var facts = SuixiGolden.Facts();

        Assert.Equal(facts, FactsJson.Read(FactsJson.Write(facts)));
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
