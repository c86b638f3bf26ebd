using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.2.2 自评材料报送及时性 (timely submission of the self-evaluation materials), 1 point: submitted by the deadline → 1,
/// late or never → 0.
/// </summary>
/// <remarks>
/// Fact: one <see cref="SelfEvaluationSubmission"/>. "X日前" includes day X (specification C5): the report itself gives
/// full marks to materials due "2023 年 4 月 28 日前" and submitted on 2023-04-28.
/// </remarks>
public sealed class SelfEvaluationTimeliness : IndicatorRule
{
    // Labels that are the same in every evaluation, so built once.
    private static readonly LocalizedText DeadlineLabel = new("报送截止日期", "deadline");
    private static readonly LocalizedText SubmittedOnLabel = new("实际报送日期", "submitted on");
    private static readonly LocalizedText DaysLateLabel = new("逾期天数", "days late");
    private static readonly LocalizedText OnTime = new("在规定期限内完成报送", "on time");

    // The full marks, as a note states them, are the same in every evaluation: composed once, on first use.
    private LocalizedText? _fullMarks;

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.2.2",
        new LocalizedText("自评材料报送及时性", "Timely submission of self-evaluation materials"),
        1m,
        new LocalizedText(
            "在规定时间内完成自评材料报送工作得1分，未在规定时间内完成报送工作计0分。",
            "Materials submitted within the time set: 1; not submitted within it: 0."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<SelfEvaluationSubmission> submissions = null!;
        When()
            .Collect(() => submissions);
        Then()
            .Yield(_ => FromSingle(submissions, Score));
    }

    private IndicatorResult Score(SelfEvaluationSubmission submission)
    {
        var deadline = Deadline.By(submission.Deadline);
        var due = ScoringInput.OfDate(DeadlineLabel, submission.Deadline, nameof(SelfEvaluationSubmission), nameof(SelfEvaluationSubmission.Deadline));
        if (submission.SubmittedOn is not { } submitted)
        {
            var never = LocalizedText.WithEnglishOnRead(
                $"应于{ReportFormat.Date(submission.Deadline)}前报送自评材料，未报送，不得分",
                submission.Deadline,
                static deadline => $"due by {ReportFormat.Date(deadline, Language.English)}, not submitted, scores 0");
            return Scored(0m, never, deductions: [Deduction.Computed(Weight, Name, never, due)]);
        }

        var check = deadline.Check(submitted);
        var timing = LocalizedText.WithEnglishOnRead(
            $"应于{ReportFormat.Date(submission.Deadline)}前报送自评材料，实际于{ReportFormat.Date(submitted)}报送",
            (submission.Deadline, submitted),
            static s => $"due by {ReportFormat.Date(s.Deadline, Language.English)}, submitted {ReportFormat.Date(s.submitted, Language.English)}");
        if (check.IsOnTime)
        {
            return Scored(Weight, Notes.Join(timing, OnTime, FullMarks));
        }

        var late = Notes.Join(timing, LocalizedText.WithEnglishOnRead($"逾期{check.DaysLate}天，不得分", check.DaysLate, static days => $"{days} days late, scores 0"));
        return Scored(0m, late, deductions:
        [
            Deduction.Computed(Weight, Name, late,
                due,
                ScoringInput.OfDate(SubmittedOnLabel, submitted, nameof(SelfEvaluationSubmission), nameof(SelfEvaluationSubmission.SubmittedOn)),
                ScoringInput.Of(DaysLateLabel, check.DaysLate, ValueUnit.Days)),
        ]);
    }

    private LocalizedText FullMarks => _fullMarks ??= ReportFormat.Awarded(Weight);
}
