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
public sealed class SafeguardSoundness : IndicatorRule
{
    private static readonly Checklist Items = new(
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
    public override void Define()
    {
        IReadOnlyList<ChecklistAnswer> answers = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        When()
            .Collect(() => answers, a => a.IndicatorCode == "2.1.1")
            .Collect(() => findings, f => f.IndicatorCode == "2.1.1");
        Then()
            .Yield(_ => Score(answers, findings));
    }

    private IndicatorResult Score(IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        var errors = JudgedScoring.Errors(Items, answers, findings, Weight);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var unanswered = JudgedScoring.Unanswered(Items, answers);
        if (unanswered.Count > 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, unanswered);
        }

        var tally = JudgedScoring.Tally(Name, Items, answers, findings);
        var seen = answers[0] is { Met: true, Note: { } found } && !string.IsNullOrWhiteSpace(found)
            ? Notes.Join(new LocalizedText($"经查：{found}", $"found: {found}"), tally.Note)
            : tally.Note;
        return Scored(tally.Score, seen, deductions: tally.Deductions);
    }
}
