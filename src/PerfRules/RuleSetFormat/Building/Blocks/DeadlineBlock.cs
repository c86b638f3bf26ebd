using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>deadline</c>: something done within N calendar or working days of an approval, by a fixed date, or by a due date the
/// facts give (自评材料 due 2023-04-30, published 2023-05-05 → late → 1 of 2). On time, late and not done each score what the
/// document says; a date before its approval is an error.
/// </summary>
internal sealed class DeadlineBlock(
    LocalizedText subject,
    BoundFormula actual,
    BoundFormula? approved,
    LimitKind limit,
    int? days,
    DateOnly? fixedDate,
    BoundFormula? dueDate,
    decimal onTime,
    decimal late,
    decimal? notDone,
    decimal points) : IScoringBlock
{
    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas =>
        new[] { actual, approved, dueDate }.OfType<BoundFormula>().Select(f => f.Formula);

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        var value = actual.Evaluate(context);
        if (value.Kind != FormulaValueKind.Date)
        {
            // An empty date field is "not done" when the document says what that scores; an absent fact stays missing data.
            if (value.Missing is { Field: not null } missing && notDone is { } none)
            {
                var reason = new LocalizedText(
                    $"{subject.Chinese}未完成（{missing.FactType}.{missing.Field}为空），{ReportFormat.Awarded(none).Chinese}",
                    $"{subject.Get(Language.English)} not done ({missing.FactType}.{missing.Field} is empty), {ReportFormat.Awarded(none).English}");
                var input = ScoringInput.OfText(new LocalizedText($"{subject.Chinese}日期", $"{subject.Get(Language.English)} date"), "未完成", missing.FactType, missing.Field);
                return BlockOutcome.Scored(Points, none, reason, none < Points ? [Loss.Computed(Points - none, reason, [input])] : []);
            }

            return actual.Failure(value);
        }

        var done = value.AsDate();
        DateOnly? approval = null;
        if (approved is not null)
        {
            var approvedValue = approved.Evaluate(context);
            if (approvedValue.Kind != FormulaValueKind.Date)
            {
                return approved.Failure(approvedValue);
            }

            approval = approvedValue.AsDate();
        }

        Deadline deadline;
        switch (limit)
        {
            case LimitKind.CalendarDays:
                deadline = Deadline.WithinCalendarDays(days!.Value);
                break;
            case LimitKind.WorkingDays:
                deadline = Deadline.WithinWorkingDays(days!.Value, context.Calendar);
                break;
            case LimitKind.FixedDate:
                deadline = Deadline.By(fixedDate!.Value);
                break;
            default:
                var due = dueDate!.Evaluate(context);
                if (due.Kind != FormulaValueKind.Date)
                {
                    return dueDate.Failure(due);
                }

                deadline = Deadline.By(due.AsDate());
                break;
        }

        DeadlineResult check;
        try
        {
            check = approval is { } a ? deadline.Check(a, done) : deadline.Check(done);
        }
        catch (DateBeforeApprovalException exception)
        {
            return BlockOutcome.Error(new Facts.FactProblem(actual.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                $"{subject.Chinese}：{ReportFormat.Date(exception.ActualOn)}早于批复日期{ReportFormat.Date(exception.ApprovedOn)}，日期有误",
                $"{subject.Get(Language.English)}: {exception.Message}")));
        }

        var score = check.IsOnTime ? onTime : late;
        var timing = new LocalizedText(
            $"{subject.Chinese}应{deadline.Describe().Chinese}（{ReportFormat.Date(check.DueDate)}前）完成，实际于{ReportFormat.Date(done)}完成，"
                + (check.IsOnTime ? "按时完成" : $"逾期{check.DaysLate}天"),
            $"{subject.Get(Language.English)} due {deadline.Describe().English} (by {ReportFormat.Date(check.DueDate, Language.English)}), done {ReportFormat.Date(done, Language.English)}, "
                + (check.IsOnTime ? "on time" : $"{check.DaysLate} days late"));
        if (limit is LimitKind.FixedDate or LimitKind.DueDateFormula)
        {
            timing = new LocalizedText(
                $"{subject.Chinese}应于{ReportFormat.Date(check.DueDate)}前完成，实际于{ReportFormat.Date(done)}完成，" + (check.IsOnTime ? "按时完成" : $"逾期{check.DaysLate}天"),
                $"{subject.Get(Language.English)} due by {ReportFormat.Date(check.DueDate, Language.English)}, done {ReportFormat.Date(done, Language.English)}, "
                    + (check.IsOnTime ? "on time" : $"{check.DaysLate} days late"));
        }

        var note = Notes.Join(timing, ReportFormat.Awarded(score));
        if (score >= Points)
        {
            return BlockOutcome.Scored(Points, score, note, []);
        }

        List<ScoringInput> inputs =
        [
            ScoringInput.OfDate(new LocalizedText("截止日期", "due date"), check.DueDate),
            ScoringInput.OfDate(new LocalizedText("实际日期", "actual date"), done, Source(actual).FactType, Source(actual).Field),
        ];
        if (approval is { } approvedOn)
        {
            inputs.Insert(0, ScoringInput.OfDate(new LocalizedText("批复日期", "approval date"), approvedOn, Source(approved!).FactType, Source(approved!).Field));
        }

        if (!check.IsOnTime)
        {
            inputs.Add(ScoringInput.Of(new LocalizedText("逾期天数", "days late"), check.DaysLate, ValueUnit.Days));
        }

        return BlockOutcome.Scored(Points, score, note, [Loss.Computed(Points - score, Notes.Join(timing, ReportFormat.Deducted(Points - score)), inputs)]);
    }

    private static (string? FactType, string? Field) Source(BoundFormula formula) => formula.Inputs.Source;
}
