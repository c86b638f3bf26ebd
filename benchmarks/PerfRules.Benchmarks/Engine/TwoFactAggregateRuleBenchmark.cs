using BenchmarkDotNet.Attributes;
using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// One rule matching an A fact and grouping the B facts that join it by <c>b % 10</c>: it fires once per A and group.
/// The conditions are those of <see cref="TwoFactJoinRuleBenchmark"/>, so the two compare.
/// </summary>
/// <remarks>The A facts divisible by 4 each see the even B facts, in up to five groups (keys 0, 2, 4, 6, 8).</remarks>
public class TwoFactAggregateRuleBenchmark : EngineBenchmark
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
        Compile(new GroupRule());
        _as = Facts.As(FactACount);
        _bs = Facts.Bs(FactBCount);
        Verify(nameof(TwoFactAggregateRuleBenchmark), InsertAndFire(), CountGroups());
    }

    [Benchmark]
    public int InsertAndFire()
    {
        var session = CreateSession();
        session.InsertAll(_as);
        session.InsertAll(_bs);
        return session.Fire();
    }

    /// <summary>The number of (A, group) matches, computed with LINQ to check the engine's answer.</summary>
    private int CountGroups() =>
        _as.Where(a => a.Value % 2 == 0)
            .Sum(a => _bs.Where(b => b.Value % 2 == 0 && b.Value % 2 == a.Value % 4).Select(b => b.Value % 10).Distinct().Count());

    private sealed class GroupRule : Rule
    {
        public override void Define()
        {
            FactA a = null!;
            IGrouping<int, FactB> group = null!;
            When()
                .Match(() => a, x => x.Value % 2 == 0)
                .GroupBy(() => group, x => x.Value % 10, x => x.Value % 2 == 0, x => x.Value % 2 == a.Value % 4);
            Then()
                .Do(ctx => RuleActions.Nothing());
        }
    }
}
