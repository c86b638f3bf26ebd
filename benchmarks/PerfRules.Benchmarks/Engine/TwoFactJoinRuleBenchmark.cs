using BenchmarkDotNet.Attributes;
using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// One rule joining two fact types, beside the same join written by hand in plain C#, the floor the engine's
/// figures are read against (BenchmarkDotNet prints each engine figure's ratio to it).
/// </summary>
/// <remarks>
/// Both patterns keep the even values, and the join <c>b % 2 == a % 4</c> then keeps the A facts divisible by 4,
/// each joined with every even B: with N facts of each type the rule fires (N/4) × (N/2) times.
/// </remarks>
public class TwoFactJoinRuleBenchmark : EngineBenchmark
{
    private FactA[] _as = [];
    private FactB[] _bs = [];

    [Params(10, 100, 1000)]
    public int FactACount { get; set; }

    [Params(10, 100, 1000)]
    public int FactBCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Compile(new JoinRule());
        _as = Facts.As(FactACount);
        _bs = Facts.Bs(FactBCount);
        Verify(nameof(TwoFactJoinRuleBenchmark), InsertAndFire(), HandWritten());
    }

    [Benchmark]
    public int InsertAndFire()
    {
        var session = CreateSession();
        session.InsertAll(_as);
        session.InsertAll(_bs);
        return session.Fire();
    }

    /// <summary>
    /// The same matches computed the way a programmer would without an engine: filter each side once, then test
    /// every pair. It does no bookkeeping an engine needs (memories, agenda, events), so it is the lower bound.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var evenAs = new List<FactA>();
        foreach (var a in _as)
        {
            if (a.Value % 2 == 0)
            {
                evenAs.Add(a);
            }
        }

        var evenBs = new List<FactB>();
        foreach (var b in _bs)
        {
            if (b.Value % 2 == 0)
            {
                evenBs.Add(b);
            }
        }

        var fired = 0;
        foreach (var a in evenAs)
        {
            foreach (var b in evenBs)
            {
                if (b.Value % 2 == a.Value % 4)
                {
                    RuleActions.Nothing();
                    fired++;
                }
            }
        }

        return fired;
    }

    private sealed class JoinRule : Rule
    {
        public override void Define()
        {
            FactA a = null!;
            FactB b = null!;
            When()
                .Match(() => a, x => x.Value % 2 == 0)
                .Match(() => b, x => x.Value % 2 == 0, x => x.Value % 2 == a.Value % 4);
            Then()
                .Do(ctx => RuleActions.Nothing());
        }
    }
}
