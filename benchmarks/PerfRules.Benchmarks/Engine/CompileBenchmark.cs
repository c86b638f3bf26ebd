using BenchmarkDotNet.Attributes;
using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// What compiling a rule set costs, paid once per factory: the rules' definitions are recorded in global setup, so
/// <see cref="Compile"/> measures only the build of the Rete network; <see cref="DefineAndCompile"/> adds running
/// every rule's <c>Define()</c>, what a host pays at start-up.
/// </summary>
public class CompileBenchmark
{
    private RuleRepository _repository = new();

    [Params(100, 1000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _repository = new RuleRepository().Add(ThresholdRule.Many(RuleCount));
        var compiled = _repository.Compile().Rules.Count;
        if (compiled != RuleCount)
        {
            throw new InvalidOperationException($"{nameof(CompileBenchmark)}: compiled {compiled} rules of {RuleCount}.");
        }
    }

    [Benchmark]
    public ISessionFactory Compile() => _repository.Compile();

    [Benchmark]
    public ISessionFactory DefineAndCompile() => new RuleRepository().Add(ThresholdRule.Many(RuleCount)).Compile();
}
