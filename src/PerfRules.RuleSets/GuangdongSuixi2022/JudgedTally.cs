using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// A score worked out by a helper, with its note and its deductions, for the rule to report through
/// <see cref="Evaluation.IndicatorRule"/>'s <c>Scored</c>. The deductions add up to the points available less the score.
/// </summary>
/// <param name="Score">The score, exact (the result rounds it).</param>
/// <param name="Note">The scoring note (评分说明).</param>
/// <param name="Deductions">Every point lost, with its reason and inputs or evidence.</param>
/// <remarks>A struct: a judged indicator makes one on every evaluation, and the rule reads it once, at once.</remarks>
internal readonly record struct JudgedTally(decimal Score, LocalizedText Note, IReadOnlyList<Deduction> Deductions);
