using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.2.1 组织建立情况 (self-evaluation organisation), 1 point: a self-evaluation group of 3 or more members, with a
/// leader in charge, finance staff and business staff → 1; no group, or fewer than 3 members (视为未成立小组) → 0; a
/// group of 3 or more whose structure is incomplete → 1 less the deduction the evaluator judged.
/// </summary>
/// <remarks>
/// Facts: one <see cref="SelfEvaluationGroup"/> (0 members means no group was formed) and any
/// <see cref="EvaluatorFinding"/> for 3.2.1. "3人以上" includes 3 (民法典 art. 1259, specification C4). An incomplete
/// structure with no finding is missing data: the criteria leave the deduction to the evaluator (酌情扣分), and the
/// rule never invents it. Findings may also apply to a complete group (for example, no document supplied as evidence).
/// The indicator has no checklist, so a <see cref="ChecklistAnswer"/> for it is bad input.
/// </remarks>
public sealed class SelfEvaluationOrganization : IndicatorRule
{
    // Texts that are the same in every evaluation, so built once.
    private static readonly LocalizedText MembersLabel = new("小组人数", "members");
    private static readonly LocalizedText GroupFormed = new("成立自评工作小组，", "self-evaluation group formed, ");
    private static readonly LocalizedText NoGroup = new("未成立自评工作小组，不得分", "no self-evaluation group was formed, scores 0");

    // "自评工作评价小组一般3人以上".
    private const int MinimumMembers = 3;

    private static readonly LocalizedText Leader = new("主管领导", "the leader in charge");
    private static readonly LocalizedText FinanceStaff = new("财务人员", "finance staff");
    private static readonly LocalizedText BusinessStaff = new("业务人员", "business staff");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.2.1",
        new LocalizedText("组织建立情况", "Self-evaluation organisation"),
        1m,
        new LocalizedText(
            "主要考核是否成立自评工作小组（小组人数不符合要求的视为未成立小组）：自评工作评价小组一般3人以上，由主管领导、财务人员和业务人员组成，需提供有关文件作为佐证材料。成立自评工作小组且人数和结构符合规定的，得1分，未成立不得分，不完全符合的，酌情扣分。",
            "Whether a self-evaluation group was formed (too few members counts as none): usually 3 or more, made of the leader in charge, finance staff and business staff, with documents as evidence. Formed with the required size and structure: 1; none: 0; partly compliant: deduction judged."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<SelfEvaluationGroup> groups = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        IReadOnlyList<ChecklistAnswer> answers = null!;
        When()
            .Collect(() => groups)
            .Collect(() => findings, f => f.IndicatorCode == "3.2.1")
            .Collect(() => answers, a => a.IndicatorCode == "3.2.1");
        Then()
            .Yield(_ => Score(groups, findings, answers));
    }

    // The indicator has no checklist: an answer for it is bad input, as for every judged indicator without one.
    private IndicatorResult Score(IReadOnlyList<SelfEvaluationGroup> groups, IReadOnlyList<EvaluatorFinding> findings, IReadOnlyList<ChecklistAnswer> answers)
    {
        // Sorted once here: the helpers find the findings already in order and use them as they are.
        findings = JudgedScoring.Sorted(findings);
        var errors = JudgedScoring.Errors(null, answers, findings, Weight);
        // The findings go to the scoring as state for a static function: a lambda capturing them would be allocated,
        // with its delegate, on every firing.
        return errors.Count > 0 ? Invalid(errors) : FromSingle(groups, (Rule: this, Findings: findings), static (group, s) => s.Rule.Score(group, s.Findings));
    }

    private IndicatorResult Score(SelfEvaluationGroup group, IReadOnlyList<EvaluatorFinding> findings)
    {
        var members = ScoringInput.Of(MembersLabel, group.MemberCount, ValueUnit.Persons, nameof(SelfEvaluationGroup), nameof(SelfEvaluationGroup.MemberCount));
        var formed = group.FormedOn is { } on
            ? LocalizedText.WithEnglishOnRead($"{ReportFormat.Date(on)}成立自评工作小组，", on, static on => $"self-evaluation group formed {ReportFormat.Date(on, Language.English)}, ")
            : GroupFormed;
        if (group.MemberCount < MinimumMembers)
        {
            var reason = group.MemberCount == 0
                ? NoGroup
                : LocalizedText.WithEnglishOnRead(
                    $"{formed.Chinese}成员{group.MemberCount}人，少于{MinimumMembers}人，视为未成立小组，不得分",
                    (formed, group.MemberCount),
                    static s => $"{s.formed.English}{s.MemberCount} members, fewer than {MinimumMembers}: counts as no group, scores 0");
            return Scored(0m, reason, deductions: [Deduction.Computed(Weight, Name, reason, members)]);
        }

        var absent = new List<LocalizedText>();
        if (!group.HasLeader)
        {
            absent.Add(Leader);
        }

        if (!group.HasFinanceStaff)
        {
            absent.Add(FinanceStaff);
        }

        if (!group.HasBusinessStaff)
        {
            absent.Add(BusinessStaff);
        }

        if (absent.Count > 0 && findings.Count == 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, Unscored.Absent(nameof(EvaluatorFinding),
                $"自评工作小组缺少{string.Join("、", absent.Select(a => a.Chinese))}，结构不完全符合规定，须由评价人员酌情扣分（EvaluatorFinding）",
                $"The group lacks {string.Join(", ", absent.Select(a => a.Get(Language.English)))}: the structure is incomplete and the evaluator must judge the deduction (EvaluatorFinding)"));
        }

        var structure = absent.Count == 0
            ? LocalizedText.WithEnglishOnRead(
                $"{formed.Chinese}成员{group.MemberCount}人，含主管领导、财务人员和业务人员，人数和结构符合规定",
                (formed, group.MemberCount),
                static s => $"{s.formed.English}{s.MemberCount} members including the leader in charge, finance and business staff: size and structure as required")
            : LocalizedText.WithEnglishOnRead(
                $"{formed.Chinese}成员{group.MemberCount}人，缺少{string.Join("、", absent.Select(a => a.Chinese))}，结构不完全符合规定",
                (formed, group.MemberCount, absent),
                static s => $"{s.formed.English}{s.MemberCount} members, lacking {string.Join(", ", s.absent.Select(a => a.Get(Language.English)))}: structure incomplete");
        var tally = JudgedScoring.Tally(Name, Weight, findings);
        var note = findings.Count == 0 ? Notes.Join(structure, ReportFormat.Awarded(tally.Score)) : Notes.Join(structure, tally.Note);
        return Scored(tally.Score, note, deductions: tally.Deductions);
    }
}
