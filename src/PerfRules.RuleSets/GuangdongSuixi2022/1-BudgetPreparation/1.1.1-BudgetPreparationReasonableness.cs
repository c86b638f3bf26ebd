using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 1.1.1 预算编制合理性 (reasonableness of budget preparation), 3 points: three items the evaluator judges met or not,
/// 1 point each (<see cref="ChecklistAnswer"/> items "1", "2", "3"); no partial credit, so no <see cref="EvaluatorFinding"/>.
/// </summary>
public sealed class BudgetPreparationReasonableness : JudgedChecklistIndicator
{
    // The criteria give no partial credit: each item is met (1) or not (0).
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem("1", new LocalizedText("部门预算编制、分配符合本部门职责、符合市委市政府方针政策和工作要求", "the budget fits the department's duties and government policy"), 1m),
        new ChecklistItem("2", new LocalizedText("部门预算资金能根据年度工作重点，在不同项目、不同用途之间分配合理", "funds are allocated across projects and uses by the year's priorities"), 1m),
        new ChecklistItem("3", new LocalizedText("部门预算分配不固化，能根据实际情况合理调整", "allocation is not frozen and is adjusted to actual needs"), 1m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "1.1.1",
        new LocalizedText("预算编制合理性", "Reasonableness of budget preparation"),
        3m,
        new LocalizedText(
            "1. 部门预算编制、分配符合本部门职责、符合市委市政府方针政策和工作要求的，得1分； 2. 部门预算资金能根据年度工作重点，在不同项目、不同用途之间分配合理的，得1分； 3. 部门预算分配不固化，能根据实际情况合理调整（如不存在项目支出完成不理想但连年持续安排预算的情况等），得1分。",
            "1. The budget's preparation and allocation fit the department's duties and the government's policies and work requirements: 1 point; 2. funds are allocated reasonably across projects and uses according to the year's priorities: 1 point; 3. allocation is not frozen but adjusted to actual needs (e.g. no project keeps being funded year after year despite poor execution): 1 point."));

    /// <inheritdoc />
    /// <remarks>The criteria give no partial credit, so any judged deduction is bad input.</remarks>
    protected override decimal LargestFinding => 0m;
}
