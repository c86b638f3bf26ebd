using PerfRules.Evaluation;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// The order of a department's facts never changes its scorecard (as <see cref="ScorecardEvaluator.Evaluate"/>
/// promises), for every generated case, missing, contradictory and duplicated facts included: each case scores the same
/// reversed and shuffled.
/// </summary>
public sealed class FactOrderTest
{
    private const ulong Seed = 20261207;

    private const int Cases = 160;

    private readonly SuixiFactSets _sets = new(SuixiGolden.Facts());

    [Fact]
    public void Reversed_or_shuffled_facts_score_the_same()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var facts = _sets.Case(Seed, i);
            var expected = evaluator.Evaluate(facts);
            var shuffled = facts.ToArray();
            random.Shuffle(shuffled);

            foreach (var (name, reordered) in new[] { ("reversed", facts.Reverse()), ("shuffled", shuffled) })
            {
                var actual = evaluator.Evaluate(reordered);
                if (ScorecardComparison.FirstDifference(expected, actual, new HashSet<string>()) is { } difference)
                {
                    Assert.Fail($"Case {i} {name}: {difference}");
                }

                Assert.Equal(expected, actual);
            }
        }
    }
}
