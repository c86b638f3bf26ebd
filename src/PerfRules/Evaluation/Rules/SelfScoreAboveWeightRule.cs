using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>Reports a self-assessed score above its indicator's weight: the department cannot award itself more than the table allows.</summary>
/// <remarks>
/// The indicators are looked up in the rule set's tree, which is the same for every session. Self scores are compared
/// with the verified ones when the scorecard is assembled (<see cref="Scorecards.SelfAssessment"/>), not by a rule: a
/// rule pairing each self score with its result fired once per scored indicator and yielded facts nothing read.
/// </remarks>
[Name("PerfRules: self score above weight")]
[Description("自评得分超过指标分值")]
internal sealed class SelfScoreAboveWeightRule(IndicatorTree indicators) : Rule
{
    public override void Define()
    {
        SelfAssessedScore self = null!;
        When()
            .Match(() => self, s => ExceedsWeight(s));
        Then()
            .Yield(_ => Problem(self, indicators[self.IndicatorCode]));
    }

    private bool ExceedsWeight(SelfAssessedScore self) =>
        self.IndicatorCode is { } code && indicators.TryGet(code, out var indicator) && self.Score > indicator.Weight;

    private static InputProblem Problem(SelfAssessedScore self, IndicatorDefinition indicator) =>
        new(new FactProblem(
            nameof(SelfAssessedScore),
            nameof(SelfAssessedScore.Score),
            new LocalizedText(
                $"指标{indicator.Code}{indicator.Name.Chinese}的自评得分{Explanations.ReportFormat.Points(self.Score)}分超过其分值{Explanations.ReportFormat.Points(indicator.Weight)}分",
                $"The self score {Explanations.ReportFormat.Points(self.Score)} of {indicator.Code} exceeds its weight {Explanations.ReportFormat.Points(indicator.Weight)}"),
            indicator.Code));
}
