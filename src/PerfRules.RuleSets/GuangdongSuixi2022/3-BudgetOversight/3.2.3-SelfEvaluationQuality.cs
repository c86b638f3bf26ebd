using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.2.3 自评材料报送质量 (quality of the self-evaluation materials), 1 point, less the deductions the evaluator judged
/// (<see cref="EvaluatorFinding"/> for 3.2.3), floored at 0.
/// </summary>
/// <remarks>
/// Suixi: 0.5 deducted for inaccurate data (the operating-expense budget and actual did not match the budget and final
/// accounts), incomplete evidence and a self-score that was not objective.
/// </remarks>
public sealed class SelfEvaluationQuality : JudgedFindingsIndicator
{
    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.2.3",
        new LocalizedText("自评材料报送质量", "Quality of self-evaluation materials"),
        1m,
        new LocalizedText(
            "表格内容、自评报告填写真实、齐全，佐证材料材料规范、完整，关联性强的，自评评分表自评得分客观、真实，得1分，不符合的酌情扣分。",
            "Tables and report true and complete, evidence orderly, complete and relevant, self-scores objective and true: 1; otherwise deductions judged."));
}
