using BenchmarkDotNet.Attributes;
using PerfRules.Benchmarks.Scoring.Baseline;
using PerfRules.Evaluation;
using PerfRules.Scorecards;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Target 2 of the performance issue: one evaluation of the golden case (create a session from the compiled factory,
/// insert the facts, fire, assemble the scorecard) against the same scorecard written by hand. The ratio column is the
/// engine's time over the baseline's (target: at most 3); the allocation column is per evaluation (target: at most
/// 64 KB).
/// </summary>
/// <remarks>
/// The scorecard composes the notes it builds from parts when they are first read, so <see cref="Evaluate"/> does not
/// compose the notes and reasons the baseline writes; <see cref="EvaluateReadingNotes"/> reads them all, and is the one
/// the targets are judged by.
/// </remarks>
public class EvaluationBenchmark
{
    private ScorecardEvaluator _evaluator = null!;
    private IReadOnlyList<object> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = GoldenCase.Evaluator();
        _facts = GoldenCase.Facts();
        var card = Evaluate();
        GoldenCase.CheckPublishedTotal(nameof(EvaluationBenchmark), card);
        BaselineCheck.Equal(card, HandWritten());
    }

    /// <summary>The Suixi 2022 scorecard computed directly in C#, no engine: the floor.</summary>
    [Benchmark(Baseline = true)]
    public HandWrittenScorecard HandWritten() => HandWrittenSuixiScorecard.Score(_facts);

    /// <summary><see cref="ScorecardEvaluator.Evaluate"/>: a fresh session over the compiled rule set, fired, assembled.</summary>
    [Benchmark]
    public Scorecard Evaluate() => _evaluator.Evaluate(_facts);

    /// <summary><see cref="Evaluate"/>, then every note and reason read in Chinese: the same texts the baseline composes.</summary>
    [Benchmark]
    public int EvaluateReadingNotes() => ReportedNotes.Read(_evaluator.Evaluate(_facts));
}
