using PerfRules.Evaluation;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Reporting.Tests.Support;

/// <summary>A leaf that scores the <see cref="GivenScore"/> for its code and deducts the rest as one judged finding.</summary>
public sealed class GivenScoreRule(string code, string chinese, string english, decimal weight, string criteria) : IndicatorRule
{
    public override IndicatorDefinition Indicator { get; } = new(code, new LocalizedText(chinese, english), weight, new LocalizedText(criteria));

    public override void Define()
    {
        IReadOnlyList<GivenScore> given = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => given, g => g.Code == Indicator.Code)
            .Collect(() => transfers);
        Then()
            .Yield(_ => FromSingle(given, g => Score(g, transfers)));
    }

    private IndicatorResult Score(GivenScore given, IReadOnlyList<WeightTransfer> transfers)
    {
        if (given.Points is not { } points)
        {
            return NotApplicable(new LocalizedText("本单位无此项业务，不适用", "Does not apply to this department"));
        }

        var effective = EffectiveWeight(transfers);
        if (points > effective)
        {
            return Invalid([new Facts.FactProblem(nameof(GivenScore), nameof(GivenScore.Points), new LocalizedText($"得分{points}超过分值{effective}", $"Points {points} exceed {effective}"))]);
        }

        var lost = effective - points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Judged(lost, Name, new LocalizedText(given.Reason ?? $"未达标准，扣{lost}分", given.Reason ?? $"Criteria not met, {lost} deducted"), given.Evidence)]
            : [];
        var note = lost > 0m
            ? new LocalizedText($"得{points}分，扣{lost}分", $"Scores {points}, {lost} deducted")
            : new LocalizedText($"符合标准，得{points}分", $"Meets the criteria, scores {points}");
        return Scored(points, note, deductions: deductions, effectiveWeight: effective);
    }
}
