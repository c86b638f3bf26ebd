using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// Why a formula has no value for a set of facts (缺少数据): the fact it reads is absent, or the field it reads is empty.
/// An indicator whose metric is missing has the outcome MissingData, not a score.
/// </summary>
/// <param name="FactType">The fact type that is absent or whose field is empty, e.g. <c>Disclosure</c>.</param>
/// <param name="Field">The empty field, e.g. <c>PublishedOn</c>; null when no fact (or no fact meeting the condition) was given.</param>
/// <param name="Reason">What is missing, as a sentence for the scoring note, e.g. 缺少BudgetExecution事实.</param>
/// <param name="Position">Where in the formula the value was needed, from 0.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MissingData(string FactType, string? Field, LocalizedText Reason, int Position)
{
    /// <summary>Returns the Chinese reason.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason.Chinese;
}
