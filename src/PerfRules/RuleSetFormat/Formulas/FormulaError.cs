using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// A problem with a formula, located in its text: a syntax or check error found when it is parsed, a limit it exceeds,
/// or an error computing it from a set of facts (公式错误).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FormulaError
{
    internal FormulaError(FormulaErrorKind kind, string formula, int position, int length, LocalizedText message)
    {
        Kind = kind;
        Formula = formula;
        Position = Math.Clamp(position, 0, formula.Length);
        Length = Math.Max(0, Math.Min(length, formula.Length - Position));
        Message = message;
        (Line, Column) = TextPosition.LineAndColumn(formula, Position);
    }

    /// <summary>Whether the formula is malformed, wrong for the schema, too large, or could not be computed.</summary>
    public FormulaErrorKind Kind { get; }

    /// <summary>The whole formula text, as written.</summary>
    public string Formula { get; }

    /// <summary>Where the problem starts: the index of a character in <see cref="Formula"/>, from 0 (the length when the formula ended too soon).</summary>
    public int Position { get; }

    /// <summary>How many characters from <see cref="Position"/> the problem covers (0 at the end of the formula).</summary>
    public int Length { get; }

    /// <summary>The line of <see cref="Position"/>, from 1.</summary>
    public int Line { get; }

    /// <summary>The column of <see cref="Position"/> in its line, from 1.</summary>
    public int Column { get; }

    /// <summary>What is wrong and, for a syntax error, what was expected instead, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>The message with its place: "第1行第5列：…" or "line 1, column 5: …".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The located message.</returns>
    public string Describe(Language language = Language.Chinese) =>
        language == Language.Chinese
            ? $"第{Line}行第{Column}列：{Message.Chinese}"
            : $"line {Line}, column {Column}: {Message.Get(Language.English)}";

    /// <summary>Returns <see cref="Describe"/> in Chinese.</summary>
    /// <returns>The located message.</returns>
    public override string ToString() => Describe();
}
