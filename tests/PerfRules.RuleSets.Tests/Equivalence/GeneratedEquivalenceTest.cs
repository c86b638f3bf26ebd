using System.Text;
using PerfRules.Evaluation;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// The JSON Suixi set and the C# one give identical scorecards on 1,000 generated fact sets (<see cref="SuixiFactSets"/>,
/// seed <see cref="Seed"/>). A failure names the seed and the case, the first field that differs with both values, and
/// the case's facts, so it can be replayed alone with <see cref="SuixiFactSets.Case"/>.
/// </summary>
public sealed class GeneratedEquivalenceTest
{
    private const ulong Seed = 20220101;

    private const int Cases = 1000;

    /// <summary>
    /// Indicators whose notes may differ between the two sets, each with the reason in a comment. None: the document words
    /// every note as the C# rules do, in Chinese and in English, so every note is compared.
    /// </summary>
    private static readonly IReadOnlySet<string> NotesMayDiffer = new HashSet<string>(StringComparer.Ordinal);

    [Fact]
    public void The_json_set_scores_a_thousand_generated_fact_sets_exactly_as_the_csharp_set()
    {
        var csharp = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var json = new ScorecardEvaluator(BuiltInRuleSets.GetFromDocument("GuangdongSuixi2022"));
        var sets = new SuixiFactSets(SuixiGolden.Facts());
        for (var index = 0; index < Cases; index++)
        {
            var facts = sets.Case(Seed, index);
            var difference = ScorecardComparison.FirstDifference(csharp.Evaluate(facts), json.Evaluate(facts), NotesMayDiffer);
            if (difference is not null)
            {
                Assert.Fail($"Seed {Seed}, case {index} (replay: new SuixiFactSets(SuixiGolden.Facts()).Case({Seed}, {index})): {difference}{Environment.NewLine}{Describe(facts)}");
            }
        }
    }

    private static string Describe(IReadOnlyList<object> facts)
    {
        var text = new StringBuilder($"Facts ({facts.Count}):");
        foreach (var fact in facts)
        {
            text.AppendLine().Append("  ").Append(fact);
        }

        return text.ToString();
    }
}
