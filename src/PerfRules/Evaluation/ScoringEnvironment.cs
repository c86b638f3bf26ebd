using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// The fact every evaluation starts from: the rule set's scoring policies and the services rules may need (the
/// working-day calendar). The evaluator inserts exactly one; rules match it like any other fact.
/// </summary>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="MaximumScore">The most points the indicators carry (满分), 100 unless the rule set says otherwise.</param>
/// <param name="Grades">How the total maps to a grade (等级).</param>
/// <param name="Adjustments">The bonus and penalty policy (加减分项), or <see langword="null"/> when the rule set has none.</param>
/// <param name="ConvertOverApplicablePoints">Whether the total is converted to the maximum over the points that applied (换算得分) when some indicators do not apply.</param>
/// <param name="Calendar">Decides which days are working days, for deadlines counted in working days (工作日).</param>
public sealed record ScoringEnvironment(
    string RuleSetId,
    decimal MaximumScore,
    GradeScale Grades,
    AdjustmentPolicy? Adjustments,
    bool ConvertOverApplicablePoints,
    IWorkingDayCalendar Calendar);
