using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>What a block scores from in one evaluation: the facts the indicator collected, as a formula scope and as a list.</summary>
internal sealed class BlockContext(IReadOnlyList<object> facts, IWorkingDayCalendar calendar, string code, string ruleName)
{
    public FormulaScope Scope { get; } = new(facts, calendar);

    public IReadOnlyList<object> Facts { get; } = facts;

    public IWorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>The indicator's code, for the facts that name it (ChecklistAnswer, EvaluatorFinding).</summary>
    public string Code { get; } = code;

    /// <summary>The rule's name, for deductions.</summary>
    public string RuleName { get; } = ruleName;
}
