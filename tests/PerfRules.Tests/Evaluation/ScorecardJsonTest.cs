using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

public sealed class ScorecardJsonTest
{
    private static Scorecard Card() =>
        TestRuleSet.Evaluator(b => b.Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m))).Evaluate(
        [
            .. TestRuleSet.Scores(30.25m, 20m, 35m),
            new Commendation("甲", "省委"),
            new SelfAssessedScore("1.1", 40m),
            new EvaluationContext("某局", "某县", "某省", 2022, new DateOnly(2023, 6, 1)),
        ]);

    [Fact]
    public void A_scorecard_written_and_read_back_is_equal_to_the_original()
    {
        var card = Card();

        var json = ScorecardJson.Serialize(card);
        var back = ScorecardJson.Deserialize(json);

        Assert.Equal(card, back);
        Assert.Equal(json, ScorecardJson.Serialize(back));
    }

    [Fact]
    public void Property_names_are_stable_camel_case_and_chinese_is_not_escaped()
    {
        var json = ScorecardJson.Serialize(Card());

        foreach (var name in new[] { "\"ruleSetId\"", "\"ruleSetHash\"", "\"total\": 86.25", "\"grade\"", "\"indicators\"", "\"effectiveWeight\"", "\"deductions\"", "\"topDeductions\"", "\"reconciliation\"", "\"selfAssessment\"", "\"outcome\": \"scored\"", "\"evaluationDate\": \"2023-06-01\"" })
        {
            Assert.Contains(name, json, StringComparison.Ordinal);
        }

        Assert.Contains("某局", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_json_reads_back_too()
    {
        var card = Card();

        Assert.Equal(card, ScorecardJson.Deserialize(ScorecardJson.Serialize(card, indented: false)));
    }
}
