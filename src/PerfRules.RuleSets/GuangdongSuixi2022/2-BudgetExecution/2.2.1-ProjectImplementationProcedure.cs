using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.2.1 项目实施程序 (project implementation procedure), 5 points: a judged checklist of three items worth 1, 2 and 2,
/// less any partial deduction the evaluator judged (<see cref="EvaluatorFinding"/>), floored at 0.
/// </summary>
/// <remarks>
/// Facts: one <see cref="ChecklistAnswer"/> for each of items "1", "2" and "3" (an unanswered item is missing data), and
/// any <see cref="EvaluatorFinding"/> for 2.2.1, none larger than 2 points (the largest item).
/// </remarks>
public sealed class ProjectImplementationProcedure : JudgedChecklistIndicator
{
    // "1. 项目或方案调整按规定履行报批手续,得1分; 2. 项目招投标、建设、验收等或方案实施严格执行相关制度规定的,得2分; 3. 项目实施过程规范的,得2分".
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem("1", new LocalizedText("项目或方案调整按规定履行报批手续", "adjustments approved as required"), 1m),
        new ChecklistItem("2", new LocalizedText("项目招投标、建设、验收等或方案实施严格执行相关制度规定", "tendering, construction, acceptance per the rules"), 2m),
        new ChecklistItem("3", new LocalizedText("项目实施过程规范", "orderly implementation"), 2m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.2.1",
        new LocalizedText("项目实施程序", "Project implementation procedure"),
        5m,
        new LocalizedText(
            "1. 项目或方案调整按规定履行报批手续,得1分; 2. 项目招投标、建设、验收等或方案实施严格执行相关制度规定的,得2分; 3. 项目实施过程规范的,得2分; 主要依据提供材料就以上评分要点结合实际酌情评分。",
            "1. Project or plan adjustments approved as required: 1; 2. tendering, construction, acceptance or plan implementation strictly per the rules: 2; 3. orderly implementation: 2; judged on the materials provided."));
}
