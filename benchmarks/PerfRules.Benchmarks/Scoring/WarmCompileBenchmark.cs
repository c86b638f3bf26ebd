using BenchmarkDotNet.Attributes;
using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// The work of <see cref="ColdCompileBenchmark"/> in a warm process, for comparison: the difference is what start-up
/// (assembly loading and JIT) costs. The C# case builds the rule set anew each call (the built-in one is cached), so it
/// runs every rule's <c>Define()</c> as a cold start does.
/// </summary>
public class WarmCompileBenchmark
{
    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllText(RuleSetSources.SuixiJsonFile);

    [Benchmark]
    public ScorecardEvaluator FromCSharp() => new(SuixiRuleSet.Build());

    [Benchmark]
    public ScorecardEvaluator FromJson() => new(RuleSetJson.Load(_json, RuleSetSources.SuixiJsonFile));
}
