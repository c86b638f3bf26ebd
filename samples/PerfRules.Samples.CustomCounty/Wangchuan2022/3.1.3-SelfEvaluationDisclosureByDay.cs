using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Samples.CustomCounty.Wangchuan2022;

/// <summary>
/// 3.1.3 自评材料 (publication of the self-evaluation materials), 2 points, with the county's stricter deadline rule:
/// published by the deadline → 2; every day late deducts 0.5, down to 0 (每逾期1天扣0.5分，扣完为止); not published → 0.
/// Suixi gives 1 point to any late publication, however late.
/// </summary>
/// <remarks>
/// Fact: one <see cref="Disclosure"/> of kind <see cref="DisclosureKind.SelfEvaluation"/>, with its deadline: a fixed
/// last day (<see cref="Disclosure.Deadline"/>, inclusive) or a number of calendar days after its approval
/// (<see cref="Disclosure.DayLimit"/>). A publication with neither is missing data: lateness cannot be counted. The
/// county's table has no content or classified-department clause, so this rule reads no checklist answers.
/// </remarks>
public sealed class SelfEvaluationDisclosureByDay : IndicatorRule
{
    // "每逾期1天扣0.5分，扣完为止": whole days past the deadline, 0.5 each, never more than the 2 points.
    private static readonly StepScale DaysLate = new(threshold: 0m, stepSize: 1m, pointsPerStep: 0.5m, pointsAvailable: 2m, StepCounting.EveryCompletedStep);

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.1.3",
        new LocalizedText("自评材料", "Self-evaluation materials"),
        2m,
        new LocalizedText(
            "按规定时限公开部门整体支出绩效自评材料的，得2分；每逾期1天扣0.5分，扣完为止；未公开的，不得分。",
            "Self-evaluation materials published within the time limit: 2; 0.5 deducted for every day late, down to 0; not published: 0."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<Disclosure> disclosures = null!;
        When()
            .Collect(() => disclosures, d => d.Kind == DisclosureKind.SelfEvaluation);
        Then()
            .Yield(_ => FromSingle(disclosures, Score));
    }

    private IndicatorResult Score(Disclosure disclosure)
    {
        if (disclosure.PublishedOn is not { } published)
        {
            var never = new LocalizedText("未公开自评材料，不得分", "self-evaluation materials not published, scores 0");
            return Scored(0m, never, deductions:
            [
                Deduction.Computed(Weight, Name, never, ScoringInput.OfText(new LocalizedText("自评材料公开日期", "publication date"), "未公开", nameof(Disclosure), nameof(Disclosure.PublishedOn))),
            ]);
        }

        if (disclosure.Deadline is null && (disclosure.DayLimit is null || disclosure.ApprovedOn is null))
        {
            return IndicatorResult.MissingData(Code, Weight, new LocalizedText("缺少计分所需数据，未计分", "Required data missing: not scored"),
                new FactProblem(nameof(Disclosure), nameof(Disclosure.Deadline), new LocalizedText("缺少自评材料公开时限，无法计算逾期天数", "The self-evaluation materials have no time limit, so days late cannot be counted")));
        }

        var check = disclosure.Deadline is { } fixedDate
            ? Deadline.By(fixedDate).Check(published)
            : Deadline.WithinCalendarDays(disclosure.DayLimit!.Value).Check(disclosure.ApprovedOn!.Value, published);
        var timing = new LocalizedText(
            $"自评材料应于{ReportFormat.Date(check.DueDate)}前公开，实际于{ReportFormat.Date(published)}公开",
            $"due by {ReportFormat.Date(check.DueDate, Language.English)}, published {ReportFormat.Date(published, Language.English)}");
        if (check.IsOnTime)
        {
            return Scored(Weight, Notes.Join(timing, new LocalizedText("按时公开", "on time"), ReportFormat.Awarded(Weight)));
        }

        var steps = DaysLate.Apply(check.DaysLate);
        var rule = new LocalizedText(
            $"逾期{check.DaysLate}天，每逾期1天扣0.5分" + (steps.IsCapped ? $"，应扣{ReportFormat.Points(steps.RawDeduction)}分，扣完为止" : ""),
            $"{check.DaysLate} days late, 0.5 deducted per day" + (steps.IsCapped ? $", {ReportFormat.Points(steps.RawDeduction)} due, capped at {ReportFormat.Points(Weight)}" : ""));
        var reason = Notes.Join(timing, rule, ReportFormat.Deducted(steps.PointsDeducted));
        return Scored(steps.Score, Notes.Join(timing, rule, ReportFormat.Awarded(steps.Score)), deductions:
        [
            Deduction.Computed(steps.PointsDeducted, Name, reason,
                ScoringInput.OfDate(new LocalizedText("公开截止日期", "due date"), check.DueDate, nameof(Disclosure), disclosure.Deadline is null ? nameof(Disclosure.DayLimit) : nameof(Disclosure.Deadline)),
                ScoringInput.OfDate(new LocalizedText("实际公开日期", "publication date"), published, nameof(Disclosure), nameof(Disclosure.PublishedOn)),
                ScoringInput.Of(new LocalizedText("逾期天数", "days late"), check.DaysLate, ValueUnit.Days)),
        ]);
    }
}
