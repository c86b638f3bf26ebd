using PerfRules.Evaluation;
using PerfRules.Testing.Running;
using PerfRules.Testing.Tests.SampleCounty;

namespace PerfRules.Testing.Tests.Running;

public sealed class LiveSessionTest
{
    private static readonly ScorecardEvaluator Evaluator = new(SampleCountyRuleSet.Build());
    private static readonly IReadOnlyList<object> Facts = SampleCountyRuleSet.Facts();

    [Fact]
    public void Probes_scored_in_one_live_session_give_what_a_fresh_evaluation_gives()
    {
        var carryOver = new CarryOverRate(Defects.None);
        var utilisation = new AssetUtilisation(Defects.None);
        var live = new LiveSession(Evaluator, Facts);

        // Moving one fact, then another, then the first again: each change is undone before the next fact moves.
        foreach (var (metric, value) in new (IMetricIndicator, decimal)[] { (carryOver, 0.1m), (carryOver, 0.35m), (utilisation, 0.9m), (carryOver, 0.2m), (utilisation, 0.97m) })
        {
            var moved = metric.Adjust(Facts, value)!.Facts;

            var scored = live.Score(moved);

            Assert.NotNull(scored);
            Assert.Equal(Evaluator.Evaluate(moved), scored.Card);
        }
    }

    [Fact]
    public void Facts_that_differ_in_more_than_one_fact_are_left_to_a_fresh_evaluation()
    {
        var live = new LiveSession(Evaluator, Facts);
        var once = new CarryOverRate(Defects.None).Adjust(Facts, 0.1m)!.Facts;
        var twice = new AssetUtilisation(Defects.None).Adjust(once, 0.9m)!.Facts;

        Assert.Null(live.Score(twice));
        Assert.Null(live.Score(Facts.Take(3).ToList()));
    }
}
