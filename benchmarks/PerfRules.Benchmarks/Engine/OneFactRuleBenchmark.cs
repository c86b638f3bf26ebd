using BenchmarkDotNet.Attributes;
using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>One rule with one pattern and one condition, over N facts; half of them match.</summary>
public class OneFactRuleBenchmark : EngineBenchmark
{
    private FactA[] _facts = [];

    [Params(10, 100, 1000)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Compile(new EvenRule());
        _facts = Facts.As(FactCount);
        Verify(nameof(OneFactRuleBenchmark), InsertAndFire(), _facts.Count(a => a.Value % 2 == 0));
    }

    [Benchmark]
    public int InsertAndFire()
    {
        var session = CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    private sealed class EvenRule : Rule
    {
        public override void Define()
        {
            FactA a = null!;
            When()
                .Match(() => a, x => x.Value % 2 == 0);
            Then()
                .Do(ctx => RuleActions.Nothing());
        }
    }
}
