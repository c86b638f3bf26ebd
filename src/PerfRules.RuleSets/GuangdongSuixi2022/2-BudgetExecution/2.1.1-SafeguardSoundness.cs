using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.1 保障措施健全性 (soundness of safeguards), 2 points: internal-control, management and project rules exist and are
/// lawful, compliant and complete (<see cref="ChecklistAnswer"/> item "1", its note naming the rules found): 2, less the
/// evaluator's judged deductions (<see cref="EvaluatorFinding"/>s) where they fall short ("否则，结合实际酌情扣分"),
/// floored at 0.
/// </summary>
/// <remarks>
/// Rules that exist but are incomplete are answered met, with what they lack as a finding; "not met" means there are no
/// such rules at all, which scores 0.
/// </remarks>
public sealed class SafeguardSoundness : JudgedChecklistIndicator
{
    /// <inheritdoc />
    protected override Checklist Items { get; } = new(
        new ChecklistItem("1", new LocalizedText("制定了内部控制和管理制度、项目管理制度等规章制度，且相关管理制度合法、合规、完整", "internal-control, management and project rules exist and are lawful, compliant and complete"), 2m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.1",
        new LocalizedText("保障措施健全性", "Soundness of safeguards"),
        2m,
        new LocalizedText(
            "制定了内部控制和管理制度、项目管理制度等规章制度,且相关管理制度合法、合规、完整,得2分,否则,结合实际酌情扣分。",
            "Internal-control and management rules, project management rules and similar regulations exist and are lawful, compliant and complete: 2 points; otherwise deductions are judged on the facts."));

    /// <inheritdoc />
    /// <remarks>One item covers the whole indicator, so one finding may take all of it.</remarks>
    protected override decimal LargestFinding => Weight;

    /// <inheritdoc />
    /// <remarks>Opens with the rules the evaluator found, as the report does.</remarks>
    protected override LocalizedText Note(LocalizedText tallied, IReadOnlyList<ChecklistAnswer> answers) =>
        answers[0] is { Met: true, Note: { } found } && !string.IsNullOrWhiteSpace(found)
            ? Notes.Join(LocalizedText.WithEnglishOnRead($"经查：{found}", found, static found => $"found: {found}"), tallied)
            : tallied;
}
