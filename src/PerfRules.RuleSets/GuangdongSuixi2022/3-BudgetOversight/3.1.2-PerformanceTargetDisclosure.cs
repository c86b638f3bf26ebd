using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.1.2 绩效目标 (performance-target disclosure), 2 points: published as required, on time and matching the approval
/// → 2; published but late, incomplete, out of scope or inaccurate → 1; not published → 0; a classified department
/// → 2 with its evidence supplied in time, else 0.
/// </summary>
/// <remarks>
/// Facts: one <see cref="Disclosure"/> of kind <see cref="DisclosureKind.PerformanceTargets"/> (without a publication
/// date when not published; with its time limit when published), a <see cref="ChecklistAnswer"/> for 3.1.2 item
/// <see cref="ContentItem"/> when published, or instead, for a classified department, one for item
/// <see cref="ClassifiedItem"/>. Criteria items 2 and 3 both give 1, so one content answer decides between 2 and 1.
/// </remarks>
public sealed class PerformanceTargetDisclosure : PublicationIndicator
{
    /// <summary>The checklist item saying whether the published content is true, complete, accurate, in scope and matches the approval.</summary>
    public const string ContentItem = PublicationScoring.ContentItem;

    /// <summary>The checklist item of a classified department (涉密单位): met when it supplied its evidence or explanation in time.</summary>
    public const string ClassifiedItem = PublicationScoring.ClassifiedItem;

    /// <inheritdoc />
    protected override DisclosureKind Kind => DisclosureKind.PerformanceTargets;

    /// <inheritdoc />
    protected override LocalizedText Subject { get; } = new("绩效目标", "performance targets");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.1.2",
        new LocalizedText("绩效目标", "Performance-target disclosure"),
        2m,
        new LocalizedText(
            "1. 按规定内容、在规定时限和范围内公开的，与批复一致的，得2分； 2. 进行了公开，但未达到时限、内容或范围要求的，得1分； 3. 按规定内容、在规定时限和范围内公开的，但公开内容未够规范、完整、真实、准确的，得1分； 4. 没有进行公开的，得0分； 5. 涉密单位不需要公开相关信息并及时提供涉密依据或说明的，计2分；涉密单位不需要公开相关信息但未及时提供涉密依据或说明的，计0分。",
            "1. Published with the required content, on time and in scope, matching the approval: 2; 2. published but late, incomplete or out of scope: 1; 3. published on time but the content not accurate, complete, true or correct: 1; 4. not published: 0; 5. a classified department with its evidence or explanation supplied in time: 2, without: 0."));
}
