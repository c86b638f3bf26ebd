using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// An indicator scored as full marks less the evaluator's findings (<see cref="EvaluatorFinding"/> facts of the
/// indicator), floored at 0 (目标科学性, 自评材料报送质量, 社会经济环境效益). It has no checklist, so a
/// <see cref="ChecklistAnswer"/> for it is bad input, as is a finding larger than <see cref="LargestFinding"/>.
/// </summary>
public abstract class JudgedFindingsIndicator : IndicatorRule
{
    /// <summary>The most one finding may take: by default the whole weight.</summary>
    protected virtual decimal LargestFinding => Weight;

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

    private IndicatorResult Score(IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        // Sorted once here: the helpers find the findings already in order and use them as they are.
        findings = JudgedScoring.Sorted(findings);
        var errors = JudgedScoring.Errors(null, answers, findings, LargestFinding);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var tally = JudgedScoring.Tally(Name, Weight, findings);
        return Scored(tally.Score, tally.Note, deductions: tally.Deductions);
    }
}
