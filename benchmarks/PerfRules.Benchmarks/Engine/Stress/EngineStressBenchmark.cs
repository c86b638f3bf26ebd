using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PerfRules.Benchmarks.Columns;
using PerfRules.Engine;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Benchmarks.Engine.Stress;

/// <summary>
/// Target 7 of the performance issue: 100 rules of three patterns joined on equality (<see cref="OrderRule"/>) over
/// 100,000 facts (10% customers, 1% products, the rest orders), with inserts, updates and retractions. The Facts/s
/// column is the throughput in fact operations per second, the allocation column the memory per call.
/// </summary>
/// <remarks>
/// <para><see cref="InsertAll"/> fills a new session with the 100,000 facts and fires (every order fires one rule).
/// <see cref="Update"/> and <see cref="RetractAndReinsert"/> work on a live session holding all of them: one call
/// updates every tenth order to another channel (so it leaves one rule and fires another), or retracts them, fires,
/// inserts them back and fires; calls alternate so the session keeps its size.</para>
/// <para>Global setup checks each call's firings against the count computed in plain C#, and that the joins went
/// through the hashed memories: the engine's join evaluations stay within a small multiple of the facts touched,
/// where a scan of the other side would cost about the product of the two sides' sizes.</para>
/// <para>A dry pass uses 10,000 facts.</para>
/// </remarks>
[Config(typeof(Config))]
public class EngineStressBenchmark : EngineBenchmark
{
    /// <summary>Join evaluations allowed per fact touched: each order meets one customer and, in each of its channel's
    /// ten rules, at most one product.</summary>
    private const int JoinEvaluationsPerFact = 12;

    private Customer[] _customers = [];
    private Product[] _products = [];
    private Order[] _orders = [];
    private Order[] _every10th = [];
    private Order[] _every10thMoved = [];
    private ISession _live = null!;
    private bool _moved;

    /// <summary>The facts in working memory.</summary>
    [ParamsSource(nameof(Sizes))]
    public int FactCount { get; set; }

    public static IEnumerable<int> Sizes => [RunMode.Size(100_000, 10_000)];

    [GlobalSetup]
    public void Setup()
    {
        Compile(OrderRule.All());
        var customers = FactCount / 10;
        var products = FactCount / 100;
        _customers = [.. Enumerable.Range(0, customers).Select(i => new Customer(i, i % 7))];
        _products = [.. Enumerable.Range(0, products).Select(i => new Product(i, i % OrderRule.Categories))];

        // The channel follows the index and the category the index's tens, so the orders spread over all 100 rules.
        _orders = [.. Enumerable.Range(0, FactCount - customers - products)
            .Select(i => new Order(i, (int)(i * 7919L % customers), i / OrderRule.Channels % products, i % OrderRule.Channels))];
        _every10th = [.. _orders.Where(o => o.Id % 10 == 3)];
        _every10thMoved = [.. _every10th.Select(o => o with { Channel = (o.Channel + 1) % OrderRule.Channels })];

        var fresh = CreateSession();
        Verify("InsertAll", Joined(fresh, () => Fill(fresh)), _orders.Length, FactCount);

        _live = CreateSession();
        Fill(_live);
        Verify("Update", Joined(_live, Update), _every10th.Length, _every10th.Length);
        Verify("Update back", Joined(_live, Update), _every10th.Length, _every10th.Length);
        Verify("RetractAndReinsert", Joined(_live, RetractAndReinsert), _every10th.Length, 2 * _every10th.Length);
    }

    /// <summary>A new session, 100,000 inserts, fire.</summary>
    [Benchmark]
    public int InsertAll() => Fill(CreateSession());

    /// <summary>Every tenth order updated to another channel (or back), fire.</summary>
    [Benchmark]
    public int Update()
    {
        foreach (var order in _moved ? _every10th : _every10thMoved)
        {
            _live.Update(order);
        }

        _moved = !_moved;
        return _live.Fire();
    }

    /// <summary>Every tenth order retracted, fire; inserted back, fire.</summary>
    [Benchmark]
    public int RetractAndReinsert()
    {
        var current = _moved ? _every10thMoved : _every10th;
        foreach (var order in current)
        {
            _live.Retract(order);
        }

        var fired = _live.Fire();
        foreach (var order in current)
        {
            _live.Insert(order);
        }

        return fired + _live.Fire();
    }

    /// <summary>The fact operations (inserts, updates, retractions) one call makes, for the Facts/s column.</summary>
    public static double FactOperations(BenchmarkCase benchmarkCase)
    {
        var facts = Convert.ToInt32(benchmarkCase.Parameters[nameof(FactCount)], System.Globalization.CultureInfo.InvariantCulture);
        var orders = facts - facts / 10 - facts / 100;
        var every10th = (orders + 6) / 10;
        return benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(InsertAll) => facts,
            nameof(Update) => every10th,
            _ => 2 * every10th,
        };
    }

    private int Fill(ISession session)
    {
        session.InsertAll(_customers);
        session.InsertAll(_products);
        session.InsertAll(_orders);
        return session.Fire();
    }

    /// <summary>Runs a call and returns its firings, after checking its join evaluations against the facts it touched.</summary>
    private (int Fired, long Joins) Joined(ISession session, Func<int> call)
    {
        var before = ((EngineSession)session).Statistics.JoinEvaluations;
        var fired = call();
        return (fired, ((EngineSession)session).Statistics.JoinEvaluations - before);
    }

    private static void Verify(string call, (int Fired, long Joins) result, int expectedFirings, int factsTouched)
    {
        Verify($"{nameof(EngineStressBenchmark)}.{call}", result.Fired, expectedFirings);
        if (result.Joins > (long)JoinEvaluationsPerFact * factsTouched)
        {
            throw new InvalidOperationException(
                $"{nameof(EngineStressBenchmark)}.{call}: {result.Joins:N0} join evaluations for {factsTouched:N0} facts touched, over {JoinEvaluationsPerFact} per fact: " +
                "an equality join scanned its other side instead of looking the key up in a hashed memory.");
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(ThroughputColumn.PerSecond("Facts/s", "Fact operations (inserts, updates, retractions) per second, firing included", FactOperations));
    }
}
