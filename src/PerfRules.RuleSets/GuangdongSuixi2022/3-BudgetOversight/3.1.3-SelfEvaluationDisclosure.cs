using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.1.3 自评材料 (self-evaluation disclosure), 2 points: published truthfully, on time, completely and in scope
/// → 2; published but late, incomplete or out of scope → 1; not published → 0; a classified department → 2 with its
/// evidence supplied in time, else 0.
/// </summary>
/// <remarks>
/// Facts: one <see cref="Disclosure"/> of kind <see cref="DisclosureKind.SelfEvaluation"/> (without a publication
/// date when not published; with its time limit when published), a <see cref="ChecklistAnswer"/> for 3.1.3 item
/// <see cref="ContentItem"/> when published, or instead, for a classified department, one for item
/// <see cref="ClassifiedItem"/>. The deadline is a fixed date, inclusive (Suixi: 2023-04-30 under 遂财绩〔2023〕2号; published
/// 2023-05-05 → 1 of 2); the holiday extension of 民法典 art. 203 is not applied (specification C5).
/// </remarks>
public sealed class SelfEvaluationDisclosure : PublicationIndicator
{
    /// <summary>The checklist item saying whether the published content is true, timely, complete and in scope.</summary>
    public const string ContentItem = PublicationScoring.ContentItem;

    /// <summary>The checklist item of a classified department (涉密单位): met when it supplied its evidence or explanation in time.</summary>
    public const string ClassifiedItem = PublicationScoring.ClassifiedItem;

    /// <inheritdoc />
    protected override DisclosureKind Kind => DisclosureKind.SelfEvaluation;

    /// <inheritdoc />
    protected override LocalizedText Subject { get; } = new("自评材料", "self-evaluation materials");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.1.3",
        new LocalizedText("自评材料", "Self-evaluation disclosure"),
        2m,
        new LocalizedText(
            "1. 进行了公开，且公开内容真实、及时和完整，符合公开范围要求的，得2分； 2. 进行了公开，但未达到时限、内容或范围要求的，得1分； 3. 没有进行公开的，得0分； 4. 涉密单位不需要公开相关信息并及时提供涉密依据或说明的，计2分；涉密单位不需要公开相关信息但未及时提供涉密依据或说明的，计0分。",
            "1. Published, with true, timely and complete content in the required scope: 2; 2. published but late, incomplete or out of scope: 1; 3. not published: 0; 4. a classified department with its evidence or explanation supplied in time: 2, without: 0."));
}
