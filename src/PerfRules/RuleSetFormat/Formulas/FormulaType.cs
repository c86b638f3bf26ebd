namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>The type of a formula's value, known once the formula is parsed (<see cref="Formula.ResultType"/>).</summary>
public enum FormulaType
{
    /// <summary>A decimal number (数值): amounts, rates, counts, day counts. Integer fields are read as decimals.</summary>
    Decimal = 0,

    /// <summary>True or false (逻辑值), from comparisons, <c>and</c>/<c>or</c>/<c>not</c>, <c>any</c> and <c>all</c>.</summary>
    Boolean = 1,

    /// <summary>Text (文本): string fields, and enum fields read as their member names, e.g. <c>"Budget"</c>.</summary>
    String = 2,

    /// <summary>A calendar date (日期) without a time.</summary>
    Date = 3,
}
