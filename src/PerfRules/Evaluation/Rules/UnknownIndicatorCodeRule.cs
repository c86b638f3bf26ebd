using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Evaluation.Rules;

/// <summary>Reports a fact that names an indicator the rule set does not have: it would otherwise be silently ignored.</summary>
/// <remarks>
/// The rule set's tree is looked up here rather than inserted into every session as facts: it is the same for every
/// department, and inserting it cost a tenth of an evaluation.
/// </remarks>
[Name("PerfRules: unknown indicator code")]
[Description("事实引用的指标编码不在本规则集中")]
internal sealed class UnknownIndicatorCodeRule(IndicatorTree indicators) : Rule
{
    public override void Define()
    {
        IIndicatorFact fact = null!;
        When()
            .Match(() => fact, f => f.IndicatorCode == null || !indicators.Contains(f.IndicatorCode));
        Then()
            .Yield(_ => new InputProblem(new FactProblem(
                fact.GetType().Name,
                nameof(IIndicatorFact.IndicatorCode),
                new LocalizedText($"指标编码{fact.IndicatorCode}不在本规则集中", $"Indicator code {fact.IndicatorCode} is not in this rule set"),
                fact.IndicatorCode)));
    }
}
