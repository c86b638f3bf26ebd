using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// The wording of results that are not scored, shared by the rules that check several facts themselves instead of
/// through <see cref="Evaluation.IndicatorRule"/>'s single-fact helpers, so every rule says "missing" the same way.
/// </summary>
internal static class Unscored
{
    /// <summary>The note of a missing-data result.</summary>
    public static readonly LocalizedText MissingNote = new("缺少计分所需数据，未计分", "Required data missing: not scored");

    /// <summary>A problem with a fact, in both languages.</summary>
    public static FactProblem Problem(string factType, string field, string chinese, string english) =>
        new(factType, field, new LocalizedText(chinese, english));

    /// <summary>Every problem of the facts, in their order, in a list the rule goes on adding to.</summary>
    public static List<FactProblem> ProblemsOf<T>(IReadOnlyList<T> facts)
        where T : IFact => AddProblemsOf(new List<FactProblem>(), facts);

    /// <summary>Adds every problem of the facts, in their order, and returns <paramref name="problems"/>.</summary>
    /// <remarks>Walks the facts by index rather than with SelectMany: a rule validates its facts on every evaluation.</remarks>
    public static List<FactProblem> AddProblemsOf<T>(List<FactProblem> problems, IReadOnlyList<T> facts)
        where T : IFact
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var own = facts[i].Validate();
            if (own.Count > 0)
            {
                problems.AddRange(own);
            }
        }

        return problems;
    }

    /// <summary>The problem of a fact that is needed and absent.</summary>
    public static FactProblem Absent(string factType, string chinese, string english) => Problem(factType, "*", chinese, english);
}
