namespace PerfRules.Facts;

/// <summary>
/// A rate a report states without the counts behind it, for one part of an indicator: Suixi says only that all
/// performance targets were achieved (绩效目标完成率100%) and that all budgeted projects were completed on schedule
/// (项目均按计划时间完成). Give the counts (<see cref="TargetAchievement"/>, <see cref="ProjectTimeliness"/>) when they
/// are known; give this statement instead of inventing counts when they are not, so that the explanation can say the
/// rate was stated, not computed.
/// </summary>
/// <param name="IndicatorCode">The indicator, e.g. <c>4.2.2</c>.</param>
/// <param name="Part">The part of the indicator the rate is for, as the rule set names it, e.g. "department".</param>
/// <param name="Rate">The rate, from 0 to 1 (1 means 100%).</param>
/// <param name="Statement">The report's words, e.g. 部门整体绩效目标均已实现.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StatedRate(string IndicatorCode, string Part, decimal Rate, string Statement) : IIndicatorFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(StatedRate))
            .Code(nameof(IndicatorCode), IndicatorCode)
            .Required(nameof(Part), "指标组成部分", Part)
            .Required(nameof(Statement), "报告表述", Statement)
            .NotNegative(nameof(Rate), "比率", Rate);
        if (Rate > 1m)
        {
            checks.Add(nameof(Rate), $"比率（{Explanations.ReportFormat.Percent(Rate)}）不能大于100%", $"Rate ({Explanations.ReportFormat.Percent(Rate)}) must not exceed 100%");
        }

        return checks.Problems;
    }
}
