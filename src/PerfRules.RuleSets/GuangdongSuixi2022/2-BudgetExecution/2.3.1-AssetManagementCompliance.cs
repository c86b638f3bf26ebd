using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.3.1 资产管理情况规范性 (asset management compliance), 4 points: a judged checklist of four items worth 1 each,
/// less any partial deduction the evaluator judged (<see cref="EvaluatorFinding"/>), floored at 0.
/// </summary>
/// <remarks>
/// Facts: one <see cref="ChecklistAnswer"/> for each of items "1" to "4", and any <see cref="EvaluatorFinding"/> for
/// 2.3.1, none larger than 1 point (an item). Suixi: the rules exist but the assets were not counted periodically, so
/// item 2 is answered met and loses 0.5 as a finding (the specification attributes the deduction to item 2).
/// </remarks>
public sealed class AssetManagementCompliance : JudgedChecklistIndicator
{
    // "1. 有无行政事业性国有资产管理内部管理制度;1分。 2. 是否存在未按内部管理制度和相关资产管理规定执行…,1分。
    // 3. 出租、出借、处置国有资产是否规范,相关收入是否按规定及时足额上缴;1分。 4. 资产账与财务账是否相符的,1分".
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem("1", new LocalizedText("有行政事业性国有资产管理内部管理制度", "internal asset management rules exist"), 1m),
        new ChecklistItem("2", new LocalizedText("按内部管理制度和相关资产管理规定执行", "the rules and asset regulations are followed"), 1m),
        new ChecklistItem("3", new LocalizedText("出租、出借、处置国有资产规范，相关收入按规定及时足额上缴", "leasing, lending and disposal lawful, income remitted in full and on time"), 1m),
        new ChecklistItem("4", new LocalizedText("资产账与财务账相符", "asset accounts agree with financial accounts"), 1m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.3.1",
        new LocalizedText("资产管理情况规范性", "Asset management compliance"),
        4m,
        new LocalizedText(
            "按照以下评价要点和分值,结合实际酌情评分: 1. 有无行政事业性国有资产管理内部管理制度;1分。 2. 是否存在未按内部管理制度和相关资产管理规定执行(如巡视、审计、监督检查工作明确指出资产管理存在问题),1分。 3. 出租、出借、处置国有资产是否规范,相关收入是否按规定及时足额上缴;1分。 4. 资产账与财务账是否相符的,1分(依据行政事业单位国有资产年报和财务报表相关数据评价)。",
            "Judged on these points: 1. internal rules for state-owned assets exist: 1; 2. the rules and asset regulations are followed (e.g. no asset problem named by an inspection or audit): 1; 3. leasing, lending and disposal lawful, income remitted in full and on time: 1; 4. asset accounts agree with financial accounts (asset annual report vs financial statements): 1."));
}
