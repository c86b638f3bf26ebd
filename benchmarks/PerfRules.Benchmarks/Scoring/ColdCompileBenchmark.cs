using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using PerfRules.Evaluation;
using PerfRules.RuleSets;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Target 5 of the performance issue: building the Suixi rule set's session factory in a fresh process, from the C#
/// rules (target: at most 50 ms) and from JSON (target: at most 100 ms). What a host pays once at start-up: loading the
/// assemblies, JIT-compiling the code that builds the rules, running every rule's <c>Define()</c> (or reading and
/// checking the JSON and compiling its formulas), and compiling the Rete network.
/// </summary>
/// <remarks>
/// <para>Cold means: each measurement is the first call in a new process. The class runs BenchmarkDotNet's cold-start
/// strategy (no pilot, no warm-up, no JIT pre-run), one measured call per process, in 20 processes (launches); the mean
/// is over the 20 first calls. Global setup only reads the JSON text from disk, so nothing of PerfRules has run before
/// the measured call.</para>
/// <para>A dry pass (in-process, as CI runs it) runs each case once, in the CI's own process: it checks the code, it
/// measures nothing cold. <see cref="WarmCompileBenchmark"/> gives the same work warm, for comparison.</para>
/// </remarks>
[Config(typeof(Config))]
public class ColdCompileBenchmark
{
    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllText(RuleSetSources.SuixiJsonFile);

    /// <summary>The built-in C# rule set: the rule classes found and defined, then compiled into the evaluator's factory.</summary>
    [Benchmark]
    public ScorecardEvaluator FromCSharp() => new(BuiltInRuleSets.GuangdongSuixi2022);

    /// <summary>The rule set read from JSON (parsed, checked, formulas compiled), then compiled into the evaluator's factory.</summary>
    [Benchmark]
    public ScorecardEvaluator FromJson() => new(PerfRules.RuleSetFormat.RuleSetJson.Load(_json, RuleSetSources.SuixiJsonFile));

    /// <summary>One cold call per process, 20 processes; left alone in a dry pass.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            if (!RunMode.IsDry)
            {
                AddJob(Job.Default
                    .WithStrategy(RunStrategy.ColdStart)
                    .WithLaunchCount(20)
                    .WithWarmupCount(0)
                    .WithIterationCount(1)
                    .WithId("ColdStart")
                    .AsMutator());
            }
        }
    }
}
