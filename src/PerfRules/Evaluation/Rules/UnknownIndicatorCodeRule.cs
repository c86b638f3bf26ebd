using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>Reports a fact that names an indicator the rule set does not have: it would otherwise be silently ignored.</summary>
[Name("PerfRules: unknown indicator code")]
[Description("事实引用的指标编码不在本规则集中")]
internal sealed class UnknownIndicatorCodeRule : Rule
{
    public override void Define()
    {
        IIndicatorFact fact = null!;
        When()
            .Match(() => fact)
            .Not<IndicatorDefinition>(d => d.Code == fact.IndicatorCode);
        Then()
            .Yield(_ => new InputProblem(new FactProblem(
                fact.GetType().Name,
                nameof(IIndicatorFact.IndicatorCode),
                new LocalizedText($"指标编码{fact.IndicatorCode}不在本规则集中", $"Indicator code {fact.IndicatorCode} is not in this rule set"),
                fact.IndicatorCode)));
    }
}
