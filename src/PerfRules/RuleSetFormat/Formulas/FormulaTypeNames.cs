namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>How error messages name a formula's value types, in the words a finance analyst reads.</summary>
internal static class FormulaTypeNames
{
    public static string Chinese(FormulaType type) => type switch
    {
        FormulaType.Decimal => "数值",
        FormulaType.Boolean => "逻辑值（true/false）",
        FormulaType.String => "文本",
        _ => "日期",
    };

    public static string English(FormulaType type) => type switch
    {
        FormulaType.Decimal => "a number",
        FormulaType.Boolean => "a true/false value",
        FormulaType.String => "text",
        _ => "a date",
    };
}
