using BenchmarkDotNet.Attributes;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// Many distinct one-pattern rules over 100 facts: how the alpha network and the agenda scale with the rule count.
/// With thresholds spread over the fact values, each rule fires for about half the facts.
/// </summary>
public class ManyRulesBenchmark : EngineBenchmark
{
    private const int FactCount = 100;

    private FactA[] _facts = [];

    [Params(10, 100, 1000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = ThresholdRule.Many(RuleCount);
        Compile(rules);
        _facts = Facts.As(FactCount);
        Verify(nameof(ManyRulesBenchmark), InsertAndFire(), rules.Sum(r => _facts.Count(a => a.Value > r.Threshold)));
    }

    [Benchmark]
    public int InsertAndFire()
    {
        var session = CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
