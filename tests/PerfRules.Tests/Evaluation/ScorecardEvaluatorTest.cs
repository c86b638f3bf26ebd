using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

public sealed class ScorecardEvaluatorTest
{
    [Fact]
    public void Groups_are_the_sums_of_their_children_and_the_total_of_the_groups()
    {
        var card = TestRuleSet.Evaluator().Evaluate(TestRuleSet.Scores(30m, 15.5m, 36.25m));

        Assert.Equal(45.5m, card["1"].Score);
        Assert.Equal(36.25m, card["2"].Score);
        Assert.Equal(81.75m, card.Total);
        Assert.Equal(Grade.Good, card.Grade);
        Assert.True(card.IsComplete);
        Assert.True(card.Reconciliation.IsBalanced);
        Assert.Equal(81.75m, card.Reconciliation.LeafSum);
        Assert.Equal(["1", "1.1", "1.2", "2", "2.1"], card.Indicators.Select(i => i.Code));
        Assert.Equal(("下级指标得分合计45.5分", "Sum of child scores: 45.5"), (card["1"].Note.Chinese, card["1"].Note.English));
        Assert.Equal(new LocalizedText("下级指标得分合计36.25分", "Sum of child scores: 36.25"), card["2"].Note);
    }

    [Fact]
    public void A_missing_fact_makes_the_leaf_its_group_and_the_total_incomplete()
    {
        var card = TestRuleSet.Evaluator().Evaluate([new GivenScore("1.1", 30m), new GivenScore("2.1", 40m)]);

        Assert.Equal(IndicatorOutcome.MissingData, card["1.2"].Outcome);
        Assert.Equal(IndicatorOutcome.MissingData, card["1"].Outcome);
        Assert.Equal(IndicatorOutcome.Scored, card["2"].Outcome);
        Assert.Null(card.Total);
        Assert.Null(card.Grade);
        Assert.False(card.IsComplete);
        var problem = Assert.Single(card.Problems);
        Assert.Equal(("GivenScore", "1.2"), (problem.FactType, problem.IndicatorCode));
    }

    [Fact]
    public void Two_facts_where_one_is_expected_is_an_error_naming_the_indicator()
    {
        var card = TestRuleSet.Evaluator().Evaluate([.. TestRuleSet.Scores(30m, 20m, 40m), new GivenScore("2.1", 10m)]);

        Assert.Equal(IndicatorOutcome.Error, card["2.1"].Outcome);
        Assert.Contains(card.Problems, p => p.IndicatorCode == "2.1" && p.Message.Chinese.Contains("实际有2个", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_value_is_reported_with_fact_field_and_indicator_and_never_scored()
    {
        var card = TestRuleSet.Evaluator().Evaluate(TestRuleSet.Scores(30m, -1m, 40m));

        Assert.Null(card["1.2"].Score);
        var problem = Assert.Single(card.Problems);
        Assert.Equal(("GivenScore", "Points", "1.2"), (problem.FactType, problem.Field, problem.IndicatorCode));
    }

    [Fact]
    public void A_fact_naming_an_unknown_indicator_is_reported()
    {
        var card = TestRuleSet.Evaluator().Evaluate([.. TestRuleSet.Scores(30m, 20m, 40m), new EvaluatorFinding("9.9", 1m, new LocalizedText("无此指标"))]);

        var problem = Assert.Single(card.Problems);
        Assert.Equal(("EvaluatorFinding", "IndicatorCode", "9.9"), (problem.FactType, problem.Field, problem.IndicatorCode));
        Assert.False(card.IsComplete);
        Assert.Equal(90m, card.Total);
    }

    [Fact]
    public void Self_scores_are_totalled_and_compared_and_one_above_its_weight_is_reported()
    {
        object[] self = [new SelfAssessedScore("1.1", 40m), new SelfAssessedScore("1.2", 25m), new SelfAssessedScore("2.1", 40m)];

        var card = TestRuleSet.Evaluator().Evaluate([.. TestRuleSet.Scores(30m, 20m, 40m), .. self]);

        Assert.Equal(105m, card.SelfAssessment!.SelfTotal);
        Assert.Equal(
            [("1.1", 40m, (decimal?)30m, (decimal?)-10m), ("1.2", 25m, 20m, -5m)],
            card.SelfAssessment.Differences.Select(d => (d.IndicatorCode, d.SelfScore, d.VerifiedScore, d.Difference)));
        var problem = Assert.Single(card.Problems);
        Assert.Equal(("SelfAssessedScore", "Score", "1.2"), (problem.FactType, problem.Field, problem.IndicatorCode));
        Assert.Equal(40m, card["1.1"].SelfScore);
    }

    [Fact]
    public void Reallocation_moves_weight_and_the_receiver_is_scored_out_of_its_effective_weight()
    {
        var card = TestRuleSet.Evaluator().Evaluate([.. TestRuleSet.Scores(55m, null, 40m), new MovePoints()]);

        Assert.Equal(60m, card["1.1"].EffectiveWeight);
        Assert.Equal(IndicatorOutcome.NotApplicable, card["1.2"].Outcome);
        Assert.Equal(55m, card["1"].Score);
        Assert.Equal(95m, card.Total);
        Assert.Equal(5m, Assert.Single(card.TopDeductions).Deduction.Points);
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(4, 0, 3)] // bonus capped at +3
    [InlineData(0, 1, -2)]
    [InlineData(0, 5, -6)] // penalty capped at -6
    public void Bonuses_and_penalties_count_within_their_caps(int commendations, int findings, int expectedAdjustment)
    {
        var evaluator = TestRuleSet.Evaluator(b => b.Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m)));
        object[] adjustments =
        [
            .. Enumerable.Range(0, commendations).Select(i => (object)new Commendation($"表彰{i}", "市委")),
            .. Enumerable.Range(0, findings).Select(i => (object)new AccountabilityFinding($"问责{i}", "审计")),
        ];

        var card = evaluator.Evaluate([.. TestRuleSet.Scores(30m, 20m, 30m), .. adjustments]);

        Assert.Equal(80m, card.RawTotal);
        Assert.Equal(80m + expectedAdjustment, card.Total);
        Assert.True(card.Reconciliation.IsBalanced);
    }

    [Fact]
    public void The_total_never_exceeds_the_maximum_after_bonuses()
    {
        var evaluator = TestRuleSet.Evaluator(b => b.Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m)));

        var card = evaluator.Evaluate([.. TestRuleSet.Scores(40m, 19m, 40m), new Commendation("甲", "省委"), new Commendation("乙", "省委")]);

        Assert.Equal(99m, card.RawTotal);
        Assert.Equal(100m, card.Total);
    }

    [Fact]
    public void Conversion_over_the_points_that_applied_gives_the_converted_total()
    {
        // Xushui style: 84.8 scored of the 93 points that applied gives 91.18.
        var ruleSet = TestRuleSet.Builder()
            .ConvertOverApplicablePoints()
            .Build();
        var evaluator = new PerfRules.Evaluation.ScorecardEvaluator(ruleSet);

        var card = evaluator.Evaluate(TestRuleSet.Scores(null, 17m, 36.8m));

        Assert.Equal(60m, card.ApplicablePoints);
        Assert.Equal(53.8m, card.RawTotal);
        Assert.Equal(89.67m, card.ConvertedTotal); // 53.8 / 60 × 100 = 89.666…
        Assert.Equal(89.67m, card.Total);
        Assert.True(card.Reconciliation.IsBalanced);
    }

    [Fact]
    public void Fact_insertion_order_never_changes_the_scorecard()
    {
        var evaluator = TestRuleSet.Evaluator(b => b.Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m)));
        object[] facts =
        [
            .. TestRuleSet.Scores(30m, 20m, 35m), new Commendation("甲", "省委"), new SelfAssessedScore("1.1", 40m),
            new EvaluatorFinding("7", 1m, new LocalizedText("未知")), new SelfAssessedScore("2.1", 41m),
        ];
        var expected = evaluator.Evaluate(facts);

        foreach (var seed in Enumerable.Range(0, 20))
        {
            var shuffled = facts.OrderBy(_ => Random.Shared.Next()).ToArray();
            var card = evaluator.Evaluate(shuffled);
            Assert.Equal(expected, card);
            Assert.Equal(ScorecardJson.Serialize(expected), ScorecardJson.Serialize(card));
        }
    }

    [Fact]
    public void Self_scores_that_disagree_for_one_indicator_are_a_problem_in_either_order()
    {
        var evaluator = TestRuleSet.Evaluator();
        object[] facts = [.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 40m), new SelfAssessedScore("1.1", 38m)];

        var card = evaluator.Evaluate(facts);

        Assert.Equal(card, evaluator.Evaluate(facts.Reverse()));
        Assert.Null(card.Indicators.Single(i => i.Code == "1.1").SelfScore);
        var problem = Assert.Single(card.Problems, p => p.FactType == nameof(SelfAssessedScore));
        Assert.Equal("1.1", problem.IndicatorCode);
        Assert.Equal("自评得分给出2个且不一致（38, 40），均未采用", problem.Message.Chinese);
        Assert.Equal("Self score given 2 times with different values (38, 40); none is used", problem.Message.Get(Language.English));
    }

    [Fact]
    public void Self_scores_that_agree_for_one_indicator_stand_as_the_one_with_more_decimals()
    {
        var evaluator = TestRuleSet.Evaluator();
        object[] facts = [.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 40m), new SelfAssessedScore("1.1", 40.0m)];

        var card = evaluator.Evaluate(facts);

        Assert.Equal(card, evaluator.Evaluate(facts.Reverse()));
        Assert.Equal("40.0", card.Indicators.Single(i => i.Code == "1.1").SelfScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(card.Problems, p => p.FactType == nameof(SelfAssessedScore));
    }

    [Fact]
    public void A_fact_given_twice_is_rejected()
    {
        var fact = new GivenScore("1.1", 1m);

        var error = Assert.Throws<ArgumentException>(() => TestRuleSet.Evaluator().Evaluate([fact, fact]));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluator_is_safe_to_share_between_threads()
    {
        var evaluator = TestRuleSet.Evaluator();

        var totals = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i, evaluator.Evaluate(TestRuleSet.Scores(i % 40, 10m, 20m)).Total))
            .ToList();

        Assert.All(totals, t => Assert.Equal((t.i % 40) + 30m, t.Total));
    }
}

public sealed class EvaluateBatchTest
{
    [Fact]
    public void A_batch_refuses_a_null_department_or_a_null_fact_in_a_later_department()
    {
        var evaluator = TestRuleSet.Evaluator();
        object[] department = [.. TestRuleSet.Scores(30m, 20m, 35m)];
        object[] withNull = [.. department, null!];
        var options = new PerfRules.Evaluation.BatchOptions { MaxDegreeOfParallelism = 1 };

        Assert.Throws<ArgumentNullException>(() => { evaluator.EvaluateBatch([department, null!], options); });
        var error = Assert.Throws<ArgumentException>(() => { evaluator.EvaluateBatch([department, withNull], options); });
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_returns_each_department_in_order_and_reports_progress()
    {
        var evaluator = TestRuleSet.Evaluator();
        var departments = Enumerable.Range(0, 500).Select(i => (IEnumerable<object>)TestRuleSet.Scores(i % 41, 10m, 20m)).ToList();
        var reports = new System.Collections.Concurrent.ConcurrentBag<PerfRules.Evaluation.BatchProgress>();

        var cards = evaluator.EvaluateBatch(departments, new PerfRules.Evaluation.BatchOptions { Progress = new SyncProgress(reports.Add) });

        Assert.Equal(Enumerable.Range(0, 500).Select(i => (decimal?)(i % 41) + 30m), cards.Select(c => c.Total));
        Assert.Contains(reports, r => r.Completed == 500 && r.Total == 500);
        Assert.All(reports, r => Assert.InRange(r.Completed, 1, 500));
    }

    [Fact]
    public void A_batch_composes_the_notes_on_its_threads_only_when_asked()
    {
        var evaluator = TestRuleSet.Evaluator();
        IEnumerable<object>[] departments = [TestRuleSet.Scores(30m, 15.5m, 36.25m), TestRuleSet.Scores(40m, 20m, 40m)];

        var lazy = evaluator.EvaluateBatch(departments);
        var composed = evaluator.EvaluateBatch(departments, new PerfRules.Evaluation.BatchOptions { ComposeNotes = true });
        var streamed = evaluator.EvaluateStream(departments, new PerfRules.Evaluation.BatchOptions { ComposeNotes = true }).ToList();

        // A group's note (the sum of its children) is composed on read; asked, the batch composes every note and reason.
        Assert.False(lazy[0]["1"].Note.IsChineseComposed);
        Assert.All(composed.Concat(streamed).SelectMany(card => card.Indicators), row =>
        {
            Assert.True(row.Note.IsChineseComposed, row.Code);
            Assert.All(row.Deductions, d => Assert.True(d.Reason.IsChineseComposed, row.Code));
        });
        Assert.Equal(lazy, composed);
        Assert.Equal(lazy, streamed);
    }

    [Fact]
    public void A_cancelled_batch_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            TestRuleSet.Evaluator().EvaluateBatch([TestRuleSet.Scores(1m, 1m, 1m)], cancellationToken: cancelled.Token));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a synchronisation context).</summary>
    private sealed class SyncProgress(Action<PerfRules.Evaluation.BatchProgress> report) : IProgress<PerfRules.Evaluation.BatchProgress>
    {
        public void Report(PerfRules.Evaluation.BatchProgress value) => report(value);
    }
}

public sealed class EmptyBatchTest
{
    [Fact]
    public void An_empty_batch_gives_no_scorecards()
    {
        Assert.Empty(TestRuleSet.Evaluator().EvaluateBatch([]));
    }

    [Fact]
    public void A_batch_without_threads_is_refused_even_when_empty()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            TestRuleSet.Evaluator().EvaluateBatch([], new PerfRules.Evaluation.BatchOptions { MaxDegreeOfParallelism = 0 }));
    }
}

public sealed class EvaluateStreamTest
{
    /// <summary>Departments whose totals say where they stood in the stream (30 to 70, by index).</summary>
    private static IEnumerable<IEnumerable<object>> Departments(int count, Action<int>? read = null)
    {
        for (var i = 0; i < count; i++)
        {
            read?.Invoke(i);
            yield return TestRuleSet.Scores(i % 41, 10m, 20m);
        }
    }

    [Fact]
    public void A_stream_yields_each_department_in_order_as_evaluate_scores_it()
    {
        var evaluator = TestRuleSet.Evaluator();

        // More departments than several windows of two threads (64 each), and an uneven last window.
        var cards = evaluator.EvaluateStream(Departments(1000), new PerfRules.Evaluation.BatchOptions { MaxDegreeOfParallelism = 2 }).ToList();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (decimal?)(i % 41) + 30m), cards.Select(c => c.Total));
        Assert.Equal(evaluator.Evaluate(TestRuleSet.Scores(7m, 10m, 20m)), cards[7]);
    }

    [Fact]
    public void A_stream_is_read_lazily_and_stops_reading_when_the_caller_stops()
    {
        var read = 0;
        var evaluator = TestRuleSet.Evaluator();
        var stream = evaluator.EvaluateStream(Departments(100_000, i => read = i + 1), new PerfRules.Evaluation.BatchOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(0, read);

        var first = stream.Take(3).ToList();

        // Two windows of 128 at most: the one consumed and the one scored ahead.
        Assert.Equal([30m, 31m, 32m], first.Select(c => c.Total));
        Assert.InRange(read, 3, 256);
    }

    [Fact]
    public void Progress_counts_departments_with_the_total_when_the_stream_is_a_collection()
    {
        var listed = new System.Collections.Concurrent.ConcurrentBag<PerfRules.Evaluation.BatchProgress>();
        var generated = new System.Collections.Concurrent.ConcurrentBag<PerfRules.Evaluation.BatchProgress>();
        var evaluator = TestRuleSet.Evaluator();

        _ = evaluator.EvaluateStream(Departments(300).ToList(), new PerfRules.Evaluation.BatchOptions { Progress = new SyncProgress(listed.Add) }).ToList();
        _ = evaluator.EvaluateStream(Departments(300), new PerfRules.Evaluation.BatchOptions { Progress = new SyncProgress(generated.Add), MaxDegreeOfParallelism = 2 }).ToList();

        Assert.Contains(listed, r => r.Completed == 300 && r.Total == 300);
        Assert.All(generated, r => Assert.Equal(0, r.Total));
        Assert.Equal(300, generated.Max(r => r.Completed));
    }

    [Fact]
    public void A_department_with_a_fact_given_twice_fails_the_stream_and_the_batch_with_its_own_error()
    {
        var evaluator = TestRuleSet.Evaluator();
        var twice = TestRuleSet.Scores(1m, 1m, 1m);
        IEnumerable<object>[] departments = [TestRuleSet.Scores(1m, 1m, 1m), [.. twice, twice[0]]];

        var streamed = Assert.Throws<ArgumentException>(() => evaluator.EvaluateStream(departments).ToList());
        var batched = Assert.Throws<ArgumentException>(() => evaluator.EvaluateBatch(departments));

        Assert.Contains("twice", streamed.Message, StringComparison.Ordinal);
        Assert.Equal(streamed.Message, batched.Message);
    }

    [Fact]
    public void A_cancelled_stream_throws_and_bad_arguments_throw_at_the_call()
    {
        var evaluator = TestRuleSet.Evaluator();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.EvaluateStream(Departments(10), cancellationToken: cancelled.Token).ToList());
        Assert.Throws<ArgumentNullException>(() => evaluator.EvaluateStream(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.EvaluateStream(Departments(1), new PerfRules.Evaluation.BatchOptions { MaxDegreeOfParallelism = 0 }));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a synchronisation context).</summary>
    private sealed class SyncProgress(Action<PerfRules.Evaluation.BatchProgress> report) : IProgress<PerfRules.Evaluation.BatchProgress>
    {
        public void Report(PerfRules.Evaluation.BatchProgress value) => report(value);
    }

    [Fact]
    public void Two_results_for_one_indicator_are_refused_rather_than_one_silently_kept()
    {
        var evaluator = TestRuleSet.Evaluator(b => b.Rule(new SecondResultRule()));

        var error = Assert.Throws<InvalidOperationException>(() => evaluator.Evaluate(TestRuleSet.Scores(30m, 20m, 35m)));

        Assert.Contains("1.1", error.Message);
    }

    /// <summary>A faulty custom rule: it yields a second result for 1.1.</summary>
    [PerfRules.Engine.Name("Second result for 1.1")]
    private sealed class SecondResultRule : PerfRules.Engine.Rule
    {
        public override void Define()
        {
            GivenScore given = null!;
            When().Match(() => given, g => g.Code == "1.1");
            Then().Yield(_ => IndicatorResult.Scored("1.1", 40m, 40m, 1m, new LocalizedText("多余的结果", "A second result")));
        }
    }
}
