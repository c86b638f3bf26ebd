using PerfRules.Evaluation;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Scorecards;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// An evaluator clears and reuses its engine sessions between departments. Generated departments (<see cref="SuixiFactSets"/>)
/// scored one after another, in parallel, in a batch and in a stream through one evaluator give exactly the scorecards
/// fresh sessions give (<see cref="ScorecardEvaluator.OpenSession"/> never reuses one), every scorecard is compared only
/// once all the evaluations ran (so a later department changing an earlier scorecard would show), and an evaluation that
/// threw or was cancelled does not change the next one.
/// </summary>
public sealed class PooledSessionEquivalenceTest
{
    private const ulong Seed = 20240601;

    private const int Cases = 160;

    private readonly SuixiFactSets _sets = new(SuixiGolden.Facts());

    [Fact]
    public void Departments_scored_in_sequence_through_one_evaluator_score_as_in_fresh_sessions()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var departments = Departments();

        var cards = departments.Select(facts => evaluator.Evaluate(facts)).ToList();

        AssertFresh(evaluator, departments, cards);
    }

    [Fact]
    public void Departments_scored_on_many_threads_batched_and_streamed_score_as_in_fresh_sessions()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var departments = Departments();
        var options = new BatchOptions { MaxDegreeOfParallelism = 4 };

        var parallel = new Scorecard[departments.Count];
        Parallel.For(0, departments.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = evaluator.Evaluate(departments[i]));
        var batch = evaluator.EvaluateBatch(departments, options);
        var stream = evaluator.EvaluateStream(departments.Select(d => d), options).ToList();

        AssertFresh(evaluator, departments, parallel);
        AssertFresh(evaluator, departments, batch);
        AssertFresh(evaluator, departments, stream);
    }

    [Fact]
    public void An_evaluation_that_threw_or_was_cancelled_does_not_change_the_next_one()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var departments = Enumerable.Range(0, 12).Select(i => _sets.Case(Seed, i)).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var cards = new List<Scorecard>();

        foreach (var facts in departments)
        {
            // Half the facts, then one given twice: the session holds a half-inserted department when it throws.
            var twice = facts.Take(facts.Count / 2).Append(facts[0]).ToList();
            Assert.Throws<ArgumentException>(() => { evaluator.Evaluate(twice); });
            Assert.ThrowsAny<OperationCanceledException>(() => { evaluator.Evaluate(facts, cancelled.Token); });
            cards.Add(evaluator.Evaluate(facts));
        }

        AssertFresh(evaluator, departments, cards);
    }

    private List<IEnumerable<object>> Departments() =>
        [.. Enumerable.Range(0, Cases).Select(i => (IEnumerable<object>)_sets.Case(Seed, i))];

    private static void AssertFresh(ScorecardEvaluator evaluator, IReadOnlyList<IEnumerable<object>> departments, IReadOnlyList<Scorecard> cards) =>
        ScorecardComparison.AssertAsFresh(evaluator, departments, cards, i => $"Case {i} of seed {Seed}");
}
