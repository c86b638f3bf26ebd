using PerfRules.Evaluation;
using PerfRules.Scorecards;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A JSON rule set, like any other, gives the same scorecard whatever the order of the facts and however many threads use it.</summary>
public sealed class DeterminismTest
{
    [Fact]
    public void The_scorecard_does_not_depend_on_the_order_of_the_facts()
    {
        var evaluator = new ScorecardEvaluator(TestDocuments.Load("suixi-2022-extract.json"));
        var facts = TestDocuments.SuixiFacts();

        var forward = evaluator.Evaluate(facts);
        var backward = evaluator.Evaluate(facts.Reverse());

        Assert.Equal(ScorecardJson.Serialize(forward), ScorecardJson.Serialize(backward));
    }

    [Fact]
    public void One_rule_set_serves_many_evaluations_at_once()
    {
        var evaluator = new ScorecardEvaluator(TestDocuments.Load("xushui-style.json"));

        var totals = Enumerable.Range(0, 16).AsParallel().Select(_ => evaluator.Evaluate(XushuiJsonTest.Facts()).Total).ToList();

        Assert.All(totals, t => Assert.Equal(91.18m, t));
    }

    [Fact]
    public void The_same_document_loads_to_the_same_content_hash()
    {
        Assert.Equal(TestDocuments.Load("xushui-style.json").ContentHash, TestDocuments.Load("xushui-style.json").ContentHash);
    }
}
