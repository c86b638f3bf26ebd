using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 1.2.2 目标科学性 (soundness of performance targets), 4 points: effect indicators (2), clear quantified indicators (1),
/// grounded target values (1), "没有完全符合的，可酌情扣分": 4 less the evaluator's judged deductions
/// (<see cref="EvaluatorFinding"/>s, e.g. 社会效益指标均未设置 −2), floored at 0.
/// </summary>
public sealed class TargetSoundness : JudgedFindingsIndicator
{
    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "1.2.2",
        new LocalizedText("目标科学性", "Soundness of performance targets"),
        4m,
        new LocalizedText(
            "1. 绩效指标中包含能够明确体现部门（单位）履职效果的社会经济效益指标的，得2分； 2. 绩效指标具有清晰、可衡量的指标值，且设置了可量化的指标，得1分； 3. 绩效目标的目标值测算有依据，符合客观实际的，得1分； 对上述标准，没有完全符合的，可酌情扣分。",
            "1. The indicators include social and economic effect indicators that clearly show the department's performance of its duties: 2 points; 2. indicators have clear, measurable values and quantified indicators are set: 1 point; 3. target values are grounded in evidence and realistic: 1 point; where these are not fully met, deductions are judged."));

    /// <inheritdoc />
    /// <remarks>Without a part on the finding, the most one judged deduction can take is the largest item: 2 (effect indicators).</remarks>
    protected override decimal LargestFinding => 2m;
}
