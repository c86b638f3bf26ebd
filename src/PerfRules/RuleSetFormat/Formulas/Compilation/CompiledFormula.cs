namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>What the compiler produced: the root evaluator and the formula's facts, or the check errors.</summary>
internal sealed record CompiledFormula(
    Evaluator? Root,
    FormulaType ResultType,
    IReadOnlyList<FormulaReference> References,
    bool RequiresCalendar,
    IReadOnlyList<FormulaError> Errors);
