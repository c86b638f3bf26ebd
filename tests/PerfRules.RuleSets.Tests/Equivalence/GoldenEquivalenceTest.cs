using PerfRules.Evaluation;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>The JSON Suixi set and the C# one give identical scorecards on the golden facts of the published evaluation.</summary>
public sealed class GoldenEquivalenceTest
{
    [Fact]
    public void The_json_set_scores_the_golden_case_exactly_as_the_csharp_set()
    {
        var facts = SuixiGolden.Facts();
        var csharp = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022).Evaluate(facts);
        var json = new ScorecardEvaluator(BuiltInRuleSets.GetFromDocument("GuangdongSuixi2022")).Evaluate(facts);

        // Every note is compared: none may differ.
        if (ScorecardComparison.FirstDifference(csharp, json, new HashSet<string>()) is { } difference)
        {
            Assert.Fail(difference);
        }

        Assert.Equal(SuixiGolden.Expected("verifiedTotal"), json.Total);
    }
}
