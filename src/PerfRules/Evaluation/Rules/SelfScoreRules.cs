using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>Pairs each self-assessed score with the verified result of its indicator.</summary>
[Name("PerfRules: self score vs verified")]
[Description("自评得分与核查得分对比")]
[Priority(-50)]
internal sealed class SelfScoreComparisonRule : Rule
{
    public override void Define()
    {
        SelfAssessedScore self = null!;
        IndicatorResult verified = null!;
        When()
            .Match(() => self)
            .Match(() => verified, r => r.Code == self.IndicatorCode);
        Then()
            .Yield(_ => new SelfScoreComparison(self.IndicatorCode, self.Score, verified.Score));
    }
}

/// <summary>Reports a self-assessed score above its indicator's weight: the department cannot award itself more than the table allows.</summary>
[Name("PerfRules: self score above weight")]
[Description("自评得分超过指标分值")]
internal sealed class SelfScoreAboveWeightRule : Rule
{
    public override void Define()
    {
        SelfAssessedScore self = null!;
        IndicatorDefinition indicator = null!;
        When()
            .Match(() => self)
            .Match(() => indicator, d => d.Code == self.IndicatorCode, d => self.Score > d.Weight);
        Then()
            .Yield(_ => new InputProblem(new FactProblem(
                nameof(SelfAssessedScore),
                nameof(SelfAssessedScore.Score),
                new LocalizedText(
                    $"指标{indicator.Code}{indicator.Name.Chinese}的自评得分{Explanations.ReportFormat.Points(self.Score)}分超过其分值{Explanations.ReportFormat.Points(indicator.Weight)}分",
                    $"The self score {Explanations.ReportFormat.Points(self.Score)} of {indicator.Code} exceeds its weight {Explanations.ReportFormat.Points(indicator.Weight)}"),
                indicator.Code)));
    }
}
