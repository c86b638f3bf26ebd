using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// Scores runs of departments on several threads for <see cref="ScorecardEvaluator.EvaluateBatch"/> and
/// <see cref="ScorecardEvaluator.EvaluateStream"/>: each run's scorecards land in the slots of their departments, so
/// order never depends on which thread finished first, and progress counts across all the runs of one batch.
/// </summary>
/// <remarks>
/// Each worker scores its departments one after another through an <see cref="IncrementalRun"/>, which changes only the
/// facts a department does not share with the one before; workers take ranges of neighbouring departments, so a run
/// sees departments in the order given.
/// </remarks>
internal sealed class BatchScorer
{
    private readonly ScorecardEvaluator _evaluator;
    private readonly BatchOptions _options;
    private readonly int _total;
    private readonly int _reportEvery;
    private readonly ConcurrentBag<IncrementalRun> _idleRuns = [];
    private int _completed;

    /// <param name="evaluator">Scores each department.</param>
    /// <param name="options">Parallelism and progress.</param>
    /// <param name="total">Departments in the whole batch, or 0 when a stream's length is not known.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' degree of parallelism is not positive.</exception>
    public BatchScorer(ScorecardEvaluator evaluator, BatchOptions options, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDegreeOfParallelism, nameof(options));
        _evaluator = evaluator;
        _options = options;
        _total = total;

        // About every 1% of a batch of known length; a stream of unknown length every 64 departments per thread.
        _reportEvery = total > 0 ? Math.Max(1, total / 100) : 64 * options.MaxDegreeOfParallelism;
    }

    /// <summary>
    /// How many departments a stream reads ahead and scores at once: enough per thread that handing out work costs
    /// little against scoring it, few enough that a stream of any length holds little memory. Small windows also keep
    /// the scorecards waiting to be read few, so that most of them die young: with .NET's default collector, windows
    /// of 64 departments per thread left so many survivors that collections paused the threads for half of a stream's
    /// time on two cores; at 8 per thread the stream ran about twice as fast, and 4 gained little more for twice the
    /// hand-offs.
    /// </summary>
    public int Window => 8 * _options.MaxDegreeOfParallelism;

    /// <summary>Scores <paramref name="departments"/> into <paramref name="results"/> (same indices).</summary>
    /// <exception cref="ArgumentException">A department's facts contain a null or a duplicate (the first such department's error).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Score(IReadOnlyList<IEnumerable<object>> departments, Scorecard[] results, CancellationToken cancellationToken)
    {
        var degree = _options.MaxDegreeOfParallelism;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

        // Ranges keep each worker on a run of departments, so the per-item overhead stays small; four ranges per thread
        // even out departments of uneven cost.
        var rangeSize = Math.Max(1, Math.Min(256, departments.Count / (4 * degree)));
        try
        {
            Parallel.ForEach(
                Partitioner.Create(0, departments.Count, rangeSize),
                parallel,
                TakeRun,
                (range, _, run) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        results[i] = run.Evaluate(departments[i], cancellationToken);
                        if (_options.ComposeNotes)
                        {
                            results[i].ComposeNotes();
                        }

                        Completed();
                    }

                    return run;
                },
                _idleRuns.Add);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A caller asked for one department's scorecards and should see that department's error, as Evaluate throws
            // it, not the thread pool's wrapper; with several failing departments the first recorded stands for all.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>
    /// Hands every run's session back to the evaluator: call once the batch or stream is done. The runs hold the last
    /// departments they scored until then.
    /// </summary>
    public void Finish()
    {
        while (_idleRuns.TryTake(out var run))
        {
            run.Dispose();
        }
    }

    /// <summary>
    /// A worker's run: one an earlier range or window left idle, whose session still holds the department it scored
    /// last (consecutive ranges are neighbours, so likely alike), else a new one.
    /// </summary>
    private IncrementalRun TakeRun() => _idleRuns.TryTake(out var run) ? run : _evaluator.StartRun();

    private void Completed()
    {
        var done = Interlocked.Increment(ref _completed);
        if (_options.Progress is { } progress && (done % _reportEvery == 0 || done == _total))
        {
            progress.Report(new BatchProgress(done, _total));
        }
    }

    /// <summary>Reports the end of a stream, whose length was not known while it was scored.</summary>
    public void ReportEnd()
    {
        var done = Volatile.Read(ref _completed);
        if (_total == 0 && done > 0 && done % _reportEvery != 0)
        {
            _options.Progress?.Report(new BatchProgress(done, 0));
        }
    }
}
