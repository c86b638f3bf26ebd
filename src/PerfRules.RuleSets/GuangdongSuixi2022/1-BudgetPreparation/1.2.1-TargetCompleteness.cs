using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 1.2.1 目标完整性 (completeness of performance targets), 4 points: project targets filed (2; not filed 0), the
/// department-wide target reflects duties and plan (1) and is broken into tasks with outputs and effects described (1);
/// <see cref="ChecklistAnswer"/> items "1", "2(1)", "2(2)".
/// </summary>
/// <remarks>
/// "不完整申报酌情扣分": an incomplete filing is answered met, and what it lacks is an <see cref="EvaluatorFinding"/> of at
/// most item 1's 2 points. No department-wide target ("未设置不得分") is answered as items 2(1) and 2(2) not met.
/// </remarks>
public sealed class TargetCompleteness : JudgedChecklistIndicator
{
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem("1", new LocalizedText("按要求申报项目预算绩效目标", "project budget performance targets filed as required"), 2m),
        new ChecklistItem("2(1)", new LocalizedText("部门整体绩效目标能体现部门职能和年度工作计划", "the department-wide target reflects the department's duties and annual plan"), 1m),
        new ChecklistItem("2(2)", new LocalizedText("整体绩效目标能分解成具体工作任务，对预期产出和效益进行充分、恰当的描述", "the department-wide target is broken into tasks, with expected outputs and effects fully described"), 1m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "1.2.1",
        new LocalizedText("目标完整性", "Completeness of performance targets"),
        4m,
        new LocalizedText(
            "1. 按要求申报项目预算绩效目标得2分，未申报不得分，不完整申报酌情扣分。2. 主要依据部门自评报告设置的部门整体绩效目标评分，未设置不得分：（1）部门整体绩效目标能体现部门职能和年度工作计划的，得1分；（2）整体绩效目标能分解成具体工作任务的，对预期产出和效益进行充分、恰当的描述的，得1分。",
            "1. Project budget performance targets filed as required: 2 points; not filed: 0; filed incompletely: deductions judged. 2. Scored on the department-wide target set in the self-evaluation report, 0 if none is set: (1) it reflects the department's duties and annual plan: 1 point; (2) it is broken into specific tasks, with expected outputs and effects fully and properly described: 1 point."));

    /// <inheritdoc />
    /// <remarks>A finding judges the first item, the largest.</remarks>
    protected override decimal LargestFinding => Items.Items[0].Points;
}
