using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.2.3 项目完成及时性 (project timeliness), 2 points: all budgeted projects completed on schedule → 2; otherwise
/// 2 × completed on schedule / budgeted.
/// </summary>
/// <remarks>
/// Facts: one <see cref="ProjectTimeliness"/> (the counts), or, when the report states only that all projects were on
/// schedule, one <see cref="StatedRate"/> for 4.2.3 with part <see cref="OnSchedulePart"/> (Suixi: 100%); not both.
/// "已完成项目数" is read as completed on schedule (the indicator is about timeliness). No budgeted project gives 2: no
/// project can have been late.
/// </remarks>
public sealed class ProjectCompletionTimeliness : IndicatorRule
{
    /// <summary>The <see cref="StatedRate.Part"/> of the stated share of projects completed on schedule.</summary>
    public const string OnSchedulePart = "on-schedule";

    // Labels that are the same in every evaluation, so built once.
    private static readonly LocalizedText ScoreName = new("得分", "score");
    private static readonly LocalizedText CompletedOnTimeLabel = new("按计划时间完成项目数", "projects completed on schedule");
    private static readonly LocalizedText BudgetedLabel = new("预算安排项目数", "budgeted projects");
    private static readonly LocalizedText StatedShareLabel = new("按计划时间完成项目比例（报告表述）", "share completed on schedule (stated)");

    // The full marks, as a note states them, are the same in every evaluation: composed once, on first use.
    private LocalizedText? _fullMarks;

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.2.3",
        new LocalizedText("项目完成及时性", "Project timeliness"),
        2m,
        new LocalizedText(
            "所有部门预算安排的项目均按计划时间完成的，得2分；部分项目未按计划时间完成的，本指标得分=已完成项目数/预算安排项目数×2。",
            "All budgeted projects completed on schedule: 2; otherwise completed projects / budgeted projects × 2."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ProjectTimeliness> counts = null!;
        IReadOnlyList<StatedRate> stated = null!;
        When()
            .Collect(() => counts)
            .Collect(() => stated, s => s.IndicatorCode == "4.2.3");
        Then()
            .Yield(_ => Score(counts, stated));
    }

    private IndicatorResult Score(IReadOnlyList<ProjectTimeliness> counts, IReadOnlyList<StatedRate> stated)
    {
        var sortedCounts = StableOrder.Sorted(counts, StableOrder.ProjectCounts);
        var sortedStated = StableOrder.Sorted(stated, StableOrder.StatedRates);
        var errors = Unscored.AddProblemsOf(Unscored.ProblemsOf(sortedCounts), sortedStated);
        errors.AddRange(sortedStated.Where(s => s.Part != OnSchedulePart).Select(s => Unscored.Problem(nameof(StatedRate), nameof(StatedRate.Part),
            $"4.2.3的比率部分“{s.Part}”无效，应为{OnSchedulePart}", $"Part '{s.Part}' is not {OnSchedulePart}")));
        var given = sortedCounts.Count + sortedStated.Count;
        if (given > 1)
        {
            errors.Add(Unscored.Problem(nameof(ProjectTimeliness), "*",
                $"项目完成情况应只有一项（ProjectTimeliness或StatedRate），实际有{given}项", $"Expected one project completion fact (ProjectTimeliness or StatedRate), got {given}"));
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (given == 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, Unscored.Absent(nameof(ProjectTimeliness),
                "缺少项目完成情况（ProjectTimeliness或StatedRate）", "No project completion fact (ProjectTimeliness or StatedRate)"));
        }

        return sortedCounts.Count == 1 ? Counted(sortedCounts[0]) : Stated(sortedStated[0]);
    }

    private IndicatorResult Counted(ProjectTimeliness projects)
    {
        if (projects.Budgeted == 0)
        {
            return Scored(Weight, LocalizedText.WithEnglishOnRead(
                $"当年度无部门预算安排的项目，不存在未按计划时间完成的项目，{FullMarks.Chinese}",
                Weight,
                static weight => $"no budgeted project this year, so none was late, {ReportFormat.Awarded(weight).English}"));
        }

        if (projects.CompletedOnTime == projects.Budgeted)
        {
            return Scored(Weight, LocalizedText.WithEnglishOnRead(
                $"部门预算安排的{projects.Budgeted}个项目均按计划时间完成，{FullMarks.Chinese}",
                (projects.Budgeted, Weight),
                static s => $"all {s.Budgeted} budgeted projects completed on schedule, {ReportFormat.Awarded(s.Weight).English}"));
        }

        var metric = new MetricValue(
            ScoreName,
            $"{{0}}/{{1}}*{ReportFormat.Number(Weight)}",
            new Proportional(Weight, ExcessPolicy.CapAtFull).Apply(projects.CompletedOnTime, projects.Budgeted).UnroundedScore,
            ValueUnit.Points,
            ScoringInput.Of(CompletedOnTimeLabel, projects.CompletedOnTime, ValueUnit.Items, nameof(ProjectTimeliness), nameof(ProjectTimeliness.CompletedOnTime)),
            ScoringInput.Of(BudgetedLabel, projects.Budgeted, ValueUnit.Items, nameof(ProjectTimeliness), nameof(ProjectTimeliness.Budgeted)));
        return Proportionate(metric, LocalizedText.WithEnglishOnRead(
            $"部门预算安排项目{projects.Budgeted}个，按计划时间完成{projects.CompletedOnTime}个",
            projects,
            static p => $"{p.Budgeted} budgeted projects, {p.CompletedOnTime} completed on schedule"));
    }

    private IndicatorResult Stated(StatedRate stated)
    {
        var statement = JudgedScoring.Trim(stated.Statement);
        if (stated.Rate == 1m)
        {
            return Scored(Weight, LocalizedText.WithEnglishOnRead(
                $"报告表述：{statement}（项目数未披露），{FullMarks.Chinese}",
                (stated.Statement, Weight),
                static s => $"stated: {s.Statement} (counts not disclosed), {ReportFormat.Awarded(s.Weight).English}"));
        }

        var metric = new MetricValue(
            ScoreName,
            $"{{0}}*{ReportFormat.Number(Weight)}",
            Weight * stated.Rate,
            ValueUnit.Points,
            ScoringInput.Of(StatedShareLabel, stated.Rate, ValueUnit.Percent, nameof(StatedRate), nameof(StatedRate.Rate)));
        return Proportionate(metric, LocalizedText.WithEnglishOnRead($"报告表述：{statement}（项目数未披露）", stated.Statement, static s => $"stated: {s} (counts not disclosed)"));
    }

    private LocalizedText FullMarks => _fullMarks ??= ReportFormat.Awarded(Weight);

    private IndicatorResult Proportionate(MetricValue metric, LocalizedText facts)
    {
        var computation = LocalizedText.WithEnglishOnRead(
            $"得分={Notes.FullWidth(metric.Arithmetic.Chinese)}={ReportFormat.Points(metric.Value)}",
            metric,
            static m => $"score = {m.Arithmetic.Get(Language.English)} = {ReportFormat.Points(m.Value)}");
        var lost = Weight - ScoreRounding.Round(metric.Value);
        Deduction[] deductions = lost > 0m ? [Deduction.Computed(lost, Name, Notes.Join(facts, computation, ReportFormat.Deducted(lost)), metric.Inputs)] : [];
        return Scored(metric.Value, Notes.Join(facts, computation), metric, deductions: deductions);
    }
}
