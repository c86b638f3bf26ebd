using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.Evaluation;

public sealed class EvaluationSessionTest
{
    [Fact]
    public void A_live_session_starts_with_the_same_scorecard_as_a_one_off_evaluation()
    {
        var evaluator = TestRuleSet.Evaluator();
        var facts = TestRuleSet.Scores(30m, 20m, 35m);

        var session = evaluator.OpenSession(facts);

        Assert.Equal(evaluator.Evaluate(facts), session.Scorecard);
    }

    [Fact]
    public void Replacing_a_fact_reports_the_indicators_that_changed_and_the_new_total()
    {
        var session = TestRuleSet.Evaluator().OpenSession(TestRuleSet.Scores(30m, 20m, 35m));
        var old = session.Facts<GivenScore>().Single(g => g.Code == "1.1");

        var diff = session.Replace(old, old with { Points = 38m });

        Assert.Equal(8m, diff.TotalDelta);
        Assert.Equal(["1", "1.1"], diff.Changes.Select(c => c.Code));
        Assert.Equal((30m, 38m, 8m), (diff.Changes[1].ScoreBefore!.Value, diff.Changes[1].ScoreAfter!.Value, diff.Changes[1].Delta!.Value));
        Assert.Equal(93m, session.Scorecard.Total);
    }

    [Fact]
    public void What_if_results_equal_a_fresh_evaluation_of_the_changed_facts()
    {
        var evaluator = TestRuleSet.Evaluator();
        var session = evaluator.OpenSession(TestRuleSet.Scores(30m, 20m, 35m));
        var old = session.Facts<GivenScore>().Single(g => g.Code == "2.1");

        session.Replace(old, old with { Points = null });
        var diff = session.Insert(new MovePoints());

        Assert.Equal(evaluator.Evaluate([.. TestRuleSet.Scores(30m, 20m, null), new MovePoints()]), session.Scorecard);
        Assert.Contains(diff.Changes, c => c.Code == "1.1" && c.OutcomeAfter == IndicatorOutcome.Scored);
    }

    [Fact]
    public void Retracting_a_required_fact_turns_the_indicator_to_missing_data()
    {
        var session = TestRuleSet.Evaluator().OpenSession(TestRuleSet.Scores(30m, 20m, 35m));

        var diff = session.Retract(session.Facts<GivenScore>().Single(g => g.Code == "1.2"));

        Assert.Contains(diff.Changes, c => c.Code == "1.2" && c.OutcomeAfter == IndicatorOutcome.MissingData);
        Assert.Null(diff.After.Total);
        Assert.Null(diff.TotalDelta);
    }

    [Fact]
    public void A_what_if_reuses_the_rows_it_did_not_change_and_rebuilds_the_ones_it_did()
    {
        var session = TestRuleSet.Evaluator().OpenSession(TestRuleSet.Scores(30m, 20m, 35m));
        var before = session.Scorecard;
        var old = session.Facts<GivenScore>().Single(g => g.Code == "1.1");

        session.Replace(old, old with { Points = 38m });

        var after = session.Scorecard;
        Assert.Same(before["2"], after["2"]);
        Assert.Same(before["2.1"], after["2.1"]);
        Assert.Same(before["1.2"], after["1.2"]);
        Assert.NotSame(before["1.1"], after["1.1"]);
        Assert.Equal(38m, after["1.1"].Score);
        Assert.Equal(58m, after["1"].Score);
    }

    [Fact]
    public void A_what_if_reuses_the_ranked_deductions_in_the_places_it_did_not_change()
    {
        // 1.1 loses 10 of 40, 1.2 loses 5 of 20, 2.1 loses 5 of 40: ranked 1.1, 1.2, 2.1.
        var evaluator = TestRuleSet.Evaluator();
        var session = evaluator.OpenSession(TestRuleSet.Scores(30m, 15m, 35m));
        var before = session.Scorecard.TopDeductions;
        var old = session.Facts<GivenScore>().Single(g => g.Code == "2.1");

        // 2.1 now loses 2: still last, so the first two places are kept and the third rebuilt.
        session.Replace(old, old with { Points = 38m });
        var after = session.Scorecard.TopDeductions;
        Assert.Equal(["1.1", "1.2", "2.1"], after.Select(d => d.IndicatorCode));
        Assert.Same(before[0], after[0]);
        Assert.Same(before[1], after[1]);
        Assert.NotSame(before[2], after[2]);
        Assert.Equal(2m, after[2].Deduction.Points);

        // 2.1 now loses 8: it moves up to second, so the places from there on are rebuilt with their new ranks.
        old = session.Facts<GivenScore>().Single(g => g.Code == "2.1");
        session.Replace(old, old with { Points = 32m });
        var moved = session.Scorecard.TopDeductions;
        Assert.Equal(["1.1", "2.1", "1.2"], moved.Select(d => d.IndicatorCode));
        Assert.Equal([1, 2, 3], moved.Select(d => d.Rank));
        Assert.Same(after[0], moved[0]);
        Assert.Equal(evaluator.Evaluate(TestRuleSet.Scores(30m, 15m, 32m)), session.Scorecard);

        // A what-if that changes no deduction keeps the whole ranking.
        session.Insert(new SelfAssessedScore("1.1", 30m));
        Assert.Same(moved, session.Scorecard.TopDeductions);
    }

    [Fact]
    public void A_what_if_reuses_the_self_score_differences_of_the_rows_it_did_not_change()
    {
        var evaluator = TestRuleSet.Evaluator();
        var session = evaluator.OpenSession([.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 40m), new SelfAssessedScore("1.2", 15m)]);
        var before = session.Scorecard.SelfAssessment!.Differences;
        var old = session.Facts<GivenScore>().Single(g => g.Code == "1.1");

        session.Replace(old, old with { Points = 38m });

        var after = session.Scorecard.SelfAssessment!.Differences;
        Assert.Equal(["1.1", "1.2"], after.Select(d => d.IndicatorCode));
        Assert.NotSame(before[0], after[0]);
        Assert.Equal(-2m, after[0].Difference);
        Assert.Same(before[1], after[1]);
        Assert.Equal(evaluator.Evaluate([.. TestRuleSet.Scores(38m, 20m, 35m), new SelfAssessedScore("1.1", 40m), new SelfAssessedScore("1.2", 15m)]), session.Scorecard);
    }

    [Fact]
    public void A_what_if_that_changes_only_a_self_score_rebuilds_that_row()
    {
        var evaluator = TestRuleSet.Evaluator();
        object[] facts = [.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 40m)];
        var session = evaluator.OpenSession(facts);
        var self = session.Facts<SelfAssessedScore>().Single();

        // 40.0 equals 40 as a decimal, but the row shows the self score as given.
        var diff = session.Replace(self, self with { Score = 40.0m });

        Assert.DoesNotContain(diff.Changes, c => c.ScoreBefore != c.ScoreAfter);
        Assert.Equal("40.0", session.Scorecard["1.1"].SelfScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(evaluator.Evaluate([.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 40.0m)]), session.Scorecard);

        session.Replace(session.Facts<SelfAssessedScore>().Single(), new SelfAssessedScore("1.1", 35m));

        Assert.Equal(35m, session.Scorecard["1.1"].SelfScore);
        Assert.Equal(evaluator.Evaluate([.. TestRuleSet.Scores(30m, 20m, 35m), new SelfAssessedScore("1.1", 35m)]), session.Scorecard);
    }
}
