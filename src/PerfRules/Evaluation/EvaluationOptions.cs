using PerfRules.Engine;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>Options for a <see cref="ScorecardEvaluator"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Which days are working days, for deadlines counted in working days (工作日). Mondays to Fridays by default.</summary>
    public IWorkingDayCalendar Calendar { get; init; } = WeekendCalendar.Default;

    /// <summary>The most rule firings one evaluation may take before it is stopped as a loop.</summary>
    public int FiringLimit { get; init; } = SessionOptions.DefaultFiringLimit;
}
