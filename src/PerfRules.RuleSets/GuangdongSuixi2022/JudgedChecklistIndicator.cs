using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// An indicator the evaluator judges against a checklist (预算编制合理性, 目标完整性, 项目实施程序...): the points of the
/// items answered met (<see cref="ChecklistAnswer"/> facts), less the evaluator's findings for the indicator
/// (<see cref="EvaluatorFinding"/> facts), floored at 0. An unanswered item is missing data; an unknown or repeated item,
/// or a finding larger than <see cref="LargestFinding"/>, is bad input (docs/rulesets/guangdong-suixi-2022.md, C6).
/// </summary>
public abstract class JudgedChecklistIndicator : IndicatorRule
{
    /// <summary>The checklist, as the criteria list it.</summary>
    protected abstract Checklist Items { get; }

    /// <summary>The most one finding may take: by default the largest item, since a finding judges one item.</summary>
    protected virtual decimal LargestFinding
    {
        get
        {
            var items = Items.Items;
            var largest = items[0].Points;
            for (var i = 1; i < items.Count; i++)
            {
                largest = Math.Max(largest, items[i].Points);
            }

            return largest;
        }
    }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ChecklistAnswer> answers = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        When()
            .Collect(() => answers, a => a.IndicatorCode == Code)
            .Collect(() => findings, f => f.IndicatorCode == Code);
        Then()
            .Yield(_ => Score(answers, findings));
    }

    /// <summary>The scoring note; override to open it with what the evaluator found.</summary>
    /// <param name="tallied">The note of the tally: items met, findings deducted.</param>
    /// <param name="answers">The answers, sorted by item.</param>
    /// <returns>The note.</returns>
    protected virtual LocalizedText Note(LocalizedText tallied, IReadOnlyList<ChecklistAnswer> answers) => tallied;

    private IndicatorResult Score(IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        // Sorted once here: the helpers below find the lists already in order and use them as they are.
        answers = JudgedScoring.Sorted(answers);
        findings = JudgedScoring.Sorted(findings);
        var errors = JudgedScoring.Errors(Items, answers, findings, LargestFinding);
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
        return Scored(tally.Score, Note(tally.Note, answers), deductions: tally.Deductions);
    }
}
