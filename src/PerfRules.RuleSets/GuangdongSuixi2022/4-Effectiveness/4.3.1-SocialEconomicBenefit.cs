using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.3.1 社会经济环境效益 (social, economic and environmental benefit), 10 points in two judged parts of 5 (the main
/// sector indicators show the year's effect; the main projects achieved their expected effects), less the deductions
/// the evaluator judged (<see cref="EvaluatorFinding"/> for 4.3.1), floored at 0.
/// </summary>
/// <remarks>
/// An <see cref="EvaluatorFinding"/> names no part, so the findings are deducted from the indicator's 10 points
/// together; a single finding above 5 points cannot belong to one part and is an error (specification C6). Suixi:
/// 0.5 for training trades too narrow for the market (the specification attaches it to part 1; part 2 gives the same
/// 9.5).
/// </remarks>
public sealed class SocialEconomicBenefit : JudgedFindingsIndicator
{
    // "1. … 主要指标均体现效果的，得5分 … 2. … 所有项目都能体现效果的，得5分".
    private const decimal PartPoints = 5m;

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.3.1",
        new LocalizedText("社会经济环境效益", "Social, economic and environmental benefit"),
        10m,
        new LocalizedText(
            "根据部门（单位）“三定”方案确定的职责并结合绩效目标设立情况，有选择地设置个性化绩效指标，且通过绩效指标完成情况与目标值对比分析，进行核定得分。社会、经济、环境三个方面的效益，根据部门工作的性质，至少选择一个方面。可以从两个角度对效益进行评价： 1. 部门管理的行业和领域内的主要指标能否体现部门当年履职的效果。主要指标均体现效果的，得5分；只有部分指标体现效果的，酌情扣分。 2. 部门当年主要的项目支出是否实现了预期的效果，所有项目都能体现效果的，得5分；只有部分项目体现效果的，酌情扣分。",
            "Scored by comparing tailored performance indicators, set from the department's mandate and targets, with their target values, in at least one of the social, economic and environmental dimensions: 1. the main sector indicators show the year's effect: 5, partly: judged; 2. the main projects achieved their expected effects: 5, partly: judged."));

    /// <inheritdoc />
    /// <remarks>A finding judges one of the two parts, so it can take at most a part's points.</remarks>
    protected override decimal LargestFinding => PartPoints;
}
