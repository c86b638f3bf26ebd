using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.2.2 项目监管 (project supervision), 5 points: supervision proven by working papers or other materials earns 5,
/// no proof earns 0 ("需提供检查底稿或其他材料证明,否则不得分"); weak supervision loses what the evaluator judged
/// (<see cref="EvaluatorFinding"/>), floored at 0.
/// </summary>
/// <remarks>
/// Facts: one <see cref="ChecklistAnswer"/> for item <c>evidence</c> (whether the proof was provided: the condition
/// on which the 5 points rest), and any <see cref="EvaluatorFinding"/> for 2.2.2, none larger than 5 points.
/// </remarks>
public sealed class ProjectSupervision : JudgedChecklistIndicator
{
    /// <summary>The checklist item whose answer says whether the supervision was proven by working papers or other materials.</summary>
    public const string EvidenceItem = "evidence";

    // The proof is all-or-nothing ("否则不得分"): one item worth the whole 5 points; weak supervision is judged on top.
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem(EvidenceItem, new LocalizedText("对主管的专项资金和专项经费开展检查、监控、督促整改，并提供检查底稿或其他材料证明", "inspection, monitoring and follow-up of managed funds, proven by working papers or other materials"), 5m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.2.2",
        new LocalizedText("项目监管", "Project supervision"),
        5m,
        new LocalizedText(
            "业务主管部门按规定对主管的专项资金和专项经费实施开展有效的检查、监控、督促整改的,得5分(需提供检查底稿或其他材料证明,否则不得分),对项目实施了监管,但措施不够到位有力,出现项目进度缓慢、实施效果不理想等情况的,酌情扣分。",
            "Effective inspection, monitoring and follow-up of the managed special funds: 5 (proven by working papers or other materials, otherwise 0); supervision in place but weak, with slow progress or poor results: deductions judged."));

    /// <inheritdoc />
    /// <remarks>One item covers the whole indicator, so one finding may take all of it.</remarks>
    protected override decimal LargestFinding => Weight;
}
