using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

/// <summary>
/// The scoring helpers of <see cref="IndicatorRule"/> turn a building block's complaint into an error result naming the
/// fact types, whichever helper ran the scoring code.
/// </summary>
public sealed class IndicatorRuleTest
{
    [Fact]
    public void A_zero_denominator_in_a_single_fact_helper_is_an_error_naming_the_fact_type()
    {
        var card = Evaluate(new RateFromOneRule(), [new Part(5m), new Whole(0m)]);

        AssertComplaint(card, "Part");
    }

    [Fact]
    public void A_zero_denominator_in_the_two_fact_helper_is_an_error_naming_both_fact_types()
    {
        var card = Evaluate(new RateFromTwoRule(), [new Part(5m), new Whole(0m)]);

        AssertComplaint(card, "Part, Whole");
    }

    [Fact]
    public void A_zero_denominator_in_the_all_facts_helper_is_an_error_naming_the_fact_type()
    {
        var card = Evaluate(new RateFromAllRule(), [new Part(5m), new Whole(0m)]);

        AssertComplaint(card, "Part");
    }

    [Fact]
    public void The_helpers_score_sound_facts()
    {
        Assert.Equal(5m, Evaluate(new RateFromOneRule(), [new Part(5m), new Whole(10m)])["1"].Score);
        Assert.Equal(5m, Evaluate(new RateFromTwoRule(), [new Part(5m), new Whole(10m)])["1"].Score);
        Assert.Equal(5m, Evaluate(new RateFromAllRule(), [new Part(5m), new Whole(10m)])["1"].Score);
    }

    private static Scorecards.Scorecard Evaluate(IndicatorRule rule, object[] facts) =>
        new ScorecardEvaluator(RuleSet.Create("Helpers", "1", new LocalizedText("助手", "Helpers"))
            .MaximumScore(10m)
            .Group("1", new LocalizedText("一", "One"), 10m)
            .Indicator(rule)
            .Build()).Evaluate(facts);

    private static void AssertComplaint(Scorecards.Scorecard card, string factTypes)
    {
        var row = card["1.1"];
        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal(factTypes, problem.FactType);
        Assert.Equal("*", problem.Field);
        Assert.StartsWith("比率无法计分：", problem.Message.Chinese);
        Assert.StartsWith("Rate cannot be scored: ", problem.Message.English);
    }

    private sealed record Part(decimal Value) : IFact
    {
        public IReadOnlyList<FactProblem> Validate() => [];
    }

    private sealed record Whole(decimal Value) : IFact
    {
        public IReadOnlyList<FactProblem> Validate() => [];
    }

    /// <summary>Scores 10 × Part / Whole, with the whole fixed at 10 when the rule reads one fact.</summary>
    private abstract class RateRule : IndicatorRule
    {
        public override IndicatorDefinition Indicator { get; } = new("1.1", new LocalizedText("比率", "Rate"), 10m);

        protected IndicatorResult Score(decimal part, decimal whole) =>
            Scored(10m * Ratio.Of(part, whole, "比率"), new LocalizedText("按比率计分", "Scored by the rate"));
    }

    private sealed class RateFromOneRule : RateRule
    {
        public override void Define()
        {
            IReadOnlyList<Part> parts = null!;
            IReadOnlyList<Whole> wholes = null!;
            When().Collect(() => parts).Collect(() => wholes);
            Then().Yield(_ => FromSingle(parts, p => Score(p.Value, wholes[0].Value)));
        }
    }

    private sealed class RateFromTwoRule : RateRule
    {
        public override void Define()
        {
            IReadOnlyList<Part> parts = null!;
            IReadOnlyList<Whole> wholes = null!;
            When().Collect(() => parts).Collect(() => wholes);
            Then().Yield(_ => FromSingle(parts, wholes, (p, w) => Score(p.Value, w.Value)));
        }
    }

    private sealed class RateFromAllRule : RateRule
    {
        public override void Define()
        {
            IReadOnlyList<Part> parts = null!;
            IReadOnlyList<Whole> wholes = null!;
            When().Collect(() => parts).Collect(() => wholes);
            Then().Yield(_ => FromAll(parts, all => Score(all[0].Value, wholes[0].Value)));
        }
    }
}
