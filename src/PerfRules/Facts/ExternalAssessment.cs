using PerfRules.Internal;

namespace PerfRules.Facts;

/// <summary>
/// The result of an assessment by another body (e.g. “四个全面”绩效考核, 乡村振兴战略实绩考核), used for 重点工作 and
/// 满意度: either a score, or a tier (二等奖) with the score it counts as (视同85分).
/// </summary>
/// <param name="Name">The assessment's name.</param>
/// <param name="Score">The score, e.g. 87.5; null when the result is a tier.</param>
/// <param name="Tier">The tier, e.g. 二等奖; null when the result is a score.</param>
/// <param name="TierEquivalentScore">The score the tier counts as, when the source states it, e.g. 85.</param>
/// <param name="FullMark">The full mark of the assessment, 100 unless stated.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExternalAssessment(
    string Name,
    decimal? Score,
    string? Tier = null,
    decimal? TierEquivalentScore = null,
    decimal FullMark = 100m) : IFact
{
    /// <summary>The score to use: <see cref="Score"/>, or the tier's equivalent; null when a tier has no stated equivalent.</summary>
    public decimal? EffectiveScore => Score ?? TierEquivalentScore;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(ExternalAssessment))
            .Required(nameof(Name), "考核名称", Name)
            .NotNegative(nameof(Score), "考核得分", Score)
            .NotNegative(nameof(TierEquivalentScore), "等次视同分数", TierEquivalentScore)
            .AtMost(nameof(Score), "考核得分", Score, nameof(FullMark), "满分", FullMark)
            .AtMost(nameof(TierEquivalentScore), "等次视同分数", TierEquivalentScore, nameof(FullMark), "满分", FullMark);
        if (FullMark <= 0m)
        {
            checks.Add(nameof(FullMark), "满分必须大于0", "FullMark must be positive");
        }

        if ((Score is null) == Blank.Is(Tier))
        {
            checks.Add(nameof(Score), "考核结果须为得分或等次之一", "Give either Score or Tier, exactly one");
        }

        if (TierEquivalentScore is not null && Blank.Is(Tier))
        {
            checks.Add(nameof(TierEquivalentScore), "只有等次结果才有视同分数", "TierEquivalentScore needs a Tier");
        }

        return checks.Problems;
    }
}
