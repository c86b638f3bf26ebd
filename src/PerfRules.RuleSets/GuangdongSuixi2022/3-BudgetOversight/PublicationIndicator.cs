using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// An indicator scored on one publication (信息公开: 绩效目标, 自评材料): published on time, in scope and complete: full
/// marks; published but late, incomplete or out of scope: half; not published: 0; a classified department with its
/// evidence: full marks. Reads the <see cref="Disclosure"/> of <see cref="Kind"/> and the indicator's
/// <see cref="ChecklistAnswer"/>s (<see cref="PublicationScoring.ContentItem"/>, <see cref="PublicationScoring.ClassifiedItem"/>).
/// </summary>
public abstract class PublicationIndicator : IndicatorRule
{
    /// <summary>Which publication the indicator scores.</summary>
    protected abstract DisclosureKind Kind { get; }

    /// <summary>What was published, as a note names it (绩效目标, 自评材料).</summary>
    protected abstract LocalizedText Subject { get; }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<Disclosure> disclosures = null!;
        IReadOnlyList<ChecklistAnswer> answers = null!;
        When()
            .Collect(() => disclosures, d => d.Kind == Kind)
            .Collect(() => answers, a => a.IndicatorCode == Code);
        Then()
            .Yield(_ => Score(disclosures, answers));
    }

    private IndicatorResult Score(IReadOnlyList<Disclosure> disclosures, IReadOnlyList<ChecklistAnswer> answers)
    {
        var errors = PublicationScoring.Errors(disclosures, answers, Subject);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var missing = PublicationScoring.Missing(disclosures, answers, Subject);
        if (missing.Count > 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, missing);
        }

        // The facts go to the scoring as state for a static function: a lambda capturing them would be allocated, with its
        // delegate, on every firing.
        return Guarded(
            (Rule: this, Disclosures: disclosures, Answers: answers),
            static s => s.Rule.Report(PublicationScoring.Tally(s.Rule.Name, s.Rule.Weight, s.Rule.Subject, s.Disclosures, s.Answers)),
            nameof(Disclosure));
    }

    private IndicatorResult Report(JudgedTally tally) => Scored(tally.Score, tally.Note, deductions: tally.Deductions);
}
