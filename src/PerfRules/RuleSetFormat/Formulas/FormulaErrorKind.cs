namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>When and why a formula failed.</summary>
public enum FormulaErrorKind
{
    /// <summary>The text is not a formula: an unexpected character or token, an unterminated string (语法错误).</summary>
    Syntax = 0,

    /// <summary>
    /// The formula is well formed but wrong for the schema: an unknown fact type, field or function, a type mismatch such
    /// as adding a true/false value to a number, or the wrong number of arguments (检查错误).
    /// </summary>
    Check = 1,

    /// <summary>The formula is longer, deeper or larger than <see cref="Formula"/> allows (超出限制).</summary>
    Limit = 2,

    /// <summary>The formula could not be computed from these facts: division by zero, an ambiguous fact, an overflow (计算错误).</summary>
    Evaluation = 3,
}
