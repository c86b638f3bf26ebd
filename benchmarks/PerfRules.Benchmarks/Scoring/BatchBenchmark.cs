using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using PerfRules.Benchmarks.Columns;
using PerfRules.Benchmarks.Scoring.Baseline;
using PerfRules.Evaluation;
using PerfRules.Scorecards;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Target 4 of the performance issue: <see cref="ScorecardEvaluator.EvaluateBatch"/> scores 100,000 generated
/// departments on all cores, in order, with a progress callback and a cancellation token, and
/// <see cref="ScorecardEvaluator.EvaluateStream"/> streams the same departments; the Scorecards/s column is the
/// throughput (target: at least 50,000 per second on the 2-core machine). The departments share the golden case's
/// instances for the facts they have in common, which a batch turns into speed (each thread changes only the facts a
/// department does not share with the one before); <see cref="EvaluateStreamUnshared"/> streams them with nothing
/// shared, the cost of departments read from separate files.
/// </summary>
/// <remarks>
/// One call scores the whole batch, so a call takes seconds: outside a dry pass the class runs one warm-up and three
/// measured calls, whatever job the command line chose, once with the workstation garbage collector and once with the
/// server one. A dry pass scores 1,000 departments.
/// </remarks>
[Config(typeof(Config))]
public class BatchBenchmark
{
    private ScorecardEvaluator _evaluator = null!;
    private IReadOnlyList<object>[] _departments = [];
    private IReadOnlyList<object>[] _unshared = [];
    private BatchOptions _options = null!;
    private BatchOptions _composingOptions = null!;
    private CountingProgress _progress = null!;
    private CancellationTokenSource _cancellation = null!;

    /// <summary>The departments scored per call.</summary>
    [ParamsSource(nameof(Sizes))]
    public int DepartmentCount { get; set; }

    public static IEnumerable<int> Sizes => [RunMode.Size(100_000, 1_000)];

    [GlobalSetup(Targets = [nameof(EvaluateBatch), nameof(EvaluateStream), nameof(EvaluateStreamReadingNotes)])]
    public void Setup()
    {
        _evaluator = GoldenCase.Evaluator();
        _departments = Departments.Generate(GoldenCase.Facts(), DepartmentCount);
        _progress = new CountingProgress();
        _options = new BatchOptions { Progress = _progress };
        _composingOptions = _options with { ComposeNotes = true };
        _cancellation = new CancellationTokenSource();
        Check();
    }

    /// <summary>The shared departments' setup, then their unshared copies (only for the benchmark that scores them).</summary>
    [GlobalSetup(Target = nameof(EvaluateStreamUnshared))]
    public void SetupUnshared()
    {
        Setup();
        _unshared = Departments.Unshared(_departments);
        if (!_evaluator.EvaluateStream(_unshared.Take(200)).SequenceEqual(_evaluator.EvaluateBatch(_departments.Take(200).ToList())))
        {
            throw new InvalidOperationException($"{nameof(BatchBenchmark)}: unshared departments score differently from shared ones.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cancellation.Dispose();

    /// <summary>The whole batch: every department scored on all cores, with progress reports and a live cancellation token.</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateBatch() => _evaluator.EvaluateBatch(_departments, _options, _cancellation.Token).Count;

    /// <summary>
    /// The same departments streamed (<see cref="ScorecardEvaluator.EvaluateStream"/>): each scorecard read as it comes
    /// and dropped, as a host writing them out would, so only two windows of scorecards live at a time instead of all.
    /// </summary>
    [Benchmark]
    public int EvaluateStream() => Stream(_departments, Counted);

    /// <summary>
    /// The same departments streamed with no fact instance shared between them (<see cref="Departments.Unshared"/>), as
    /// departments read from separate files come: no department can reuse the one before, so each costs a full
    /// evaluation.
    /// </summary>
    [Benchmark]
    public int EvaluateStreamUnshared() => Stream(_unshared, Counted);

    /// <summary>
    /// <see cref="EvaluateStream"/>, reading every scorecard's notes and reasons in Chinese as it arrives: what a host that
    /// writes every report pays. It asks for the notes to be composed on the scoring threads
    /// (<see cref="BatchOptions.ComposeNotes"/>), as such a host should; otherwise they are composed when first read, here
    /// on the one consuming thread.
    /// </summary>
    [Benchmark]
    public int EvaluateStreamReadingNotes() => Stream(_departments, ReportedNotes.Read, _composingOptions);

    /// <summary>Streams the departments, reading each scorecard as it comes and dropping it.</summary>
    private int Stream(IReadOnlyList<object>[] departments, Func<Scorecard, int> read, BatchOptions? options = null)
    {
        var sum = 0;
        foreach (var card in _evaluator.EvaluateStream(departments, options ?? _options, _cancellation.Token))
        {
            sum += read(card);
        }

        return sum;
    }

    private static int Counted(Scorecard card) => card.Total is null ? 0 : 1;

    private void Check()
    {
        var sample = _departments.Take(Math.Min(_departments.Length, 500)).ToList();
        var progress = new CountingProgress();
        var cards = _evaluator.EvaluateBatch(sample, new BatchOptions { Progress = progress });
        for (var i = 0; i < sample.Count; i++)
        {
            if (cards[i].Department != Departments.Name(i))
            {
                throw new InvalidOperationException($"{nameof(BatchBenchmark)}: scorecard {i} is {cards[i].Department}'s, not {Departments.Name(i)}'s: the batch lost its order.");
            }

            if (i % 25 == 0)
            {
                var alone = _evaluator.Evaluate(sample[i]);
                if (!cards[i].Equals(alone) || !alone.IsComplete)
                {
                    throw new InvalidOperationException($"{nameof(BatchBenchmark)}: department {i} scores {cards[i].Total} in the batch and {alone.Total} alone, or has problems.");
                }

                BaselineCheck.Equal(alone, HandWrittenSuixiScorecard.Score(sample[i]));
            }
        }

        if (progress.Last != new BatchProgress(sample.Count, sample.Count))
        {
            throw new InvalidOperationException($"{nameof(BatchBenchmark)}: the last progress report was {progress.Last}, not {sample.Count} of {sample.Count}.");
        }

        if (!_evaluator.EvaluateStream(sample).SequenceEqual(cards))
        {
            throw new InvalidOperationException($"{nameof(BatchBenchmark)}: the stream's scorecards differ from the batch's.");
        }

        using var cancellation = new CancellationTokenSource();
        var cancelling = new CountingProgress(cancellation.Cancel);
        try
        {
            _evaluator.EvaluateBatch(sample, new BatchOptions { Progress = cancelling }, cancellation.Token);
            throw new InvalidOperationException($"{nameof(BatchBenchmark)}: the batch ran to the end although it was cancelled.");
        }
        catch (OperationCanceledException)
        {
            // Cancelled at the first progress report, as asked.
        }
    }

    /// <summary>
    /// Counts progress reports, called on the scoring threads: <see cref="Progress{T}"/> would post each report to the
    /// thread pool, which a host watching a batch need not pay.
    /// </summary>
    private sealed class CountingProgress(Action? onReport = null) : IProgress<BatchProgress>
    {
        private readonly Lock _lock = new();

        public BatchProgress Last { get; private set; }

        public void Report(BatchProgress value)
        {
            lock (_lock)
            {
                if (value.Completed > Last.Completed)
                {
                    Last = value;
                }
            }

            onReport?.Invoke();
        }
    }

    /// <summary>Scorecards per second, and the short run a call of seconds calls for (not in a dry pass).</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.PerSecond("Scorecards/s", "Departments scored per second (departments per call / mean time of a call)", Departments));
            AddColumn(ThroughputColumn.TimePerUnit("Time/scorecard", "Mean time of a call / departments per call", Departments));
            if (!RunMode.IsDry)
            {
                // Two runtimes' garbage collectors: a batch allocates on every core at once, and the workstation
                // collector (.NET's default) stops all of them for each of its many small collections, where the server
                // collector gives each core its own heap. Which one runs is the host's choice
                // (<ServerGarbageCollection> in its project), so the table shows both.
                AddJob(Job.Default.WithGcServer(false).WithId("WorkstationGC"));
                AddJob(Job.Default.WithGcServer(true).WithId("ServerGC"));
                AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(3).AsMutator());
            }
        }

        private static double Departments(BenchmarkCase benchmarkCase) =>
            Convert.ToDouble(benchmarkCase.Parameters[nameof(DepartmentCount)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
