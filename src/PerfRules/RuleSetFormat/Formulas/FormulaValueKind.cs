namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>What a <see cref="FormulaValue"/> holds: a value of one of the <see cref="FormulaType"/>s, missing data, or an error.</summary>
public enum FormulaValueKind
{
    /// <summary>A decimal number.</summary>
    Decimal = 0,

    /// <summary>True or false.</summary>
    Boolean = 1,

    /// <summary>Text.</summary>
    String = 2,

    /// <summary>A date.</summary>
    Date = 3,

    /// <summary>
    /// No value, because a fact the formula reads is absent or a field it reads is empty (缺少数据); see
    /// <see cref="FormulaValue.Missing"/>. An indicator scored from it has the outcome MissingData.
    /// </summary>
    Missing = 4,

    /// <summary>
    /// No value, because the facts cannot be computed with (a zero divisor, several facts where the formula reads one);
    /// see <see cref="FormulaValue.Error"/>. An indicator scored from it has the outcome Error.
    /// </summary>
    Error = 5,
}
