using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// Thrown by <see cref="Formula.Parse"/> when the text is not a valid formula for the schema. It carries every error
/// found; the first one gives <see cref="Position"/>, <see cref="Line"/> and <see cref="Column"/>.
/// </summary>
/// <remarks>
/// The exception message is in English, for developers; show analysts <see cref="FormulaError.Describe"/> of each of
/// <see cref="Errors"/>, which is Chinese by default.
/// </remarks>
public sealed class FormulaException : Exception
{
    internal FormulaException(IReadOnlyList<FormulaError> errors)
        : base(Compose(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in the order of their positions; never empty.</summary>
    public IReadOnlyList<FormulaError> Errors { get; }

    /// <summary>The formula text.</summary>
    public string Formula => Errors[0].Formula;

    /// <summary>The index in the formula of the first error, from 0.</summary>
    public int Position => Errors[0].Position;

    /// <summary>The line of the first error, from 1.</summary>
    public int Line => Errors[0].Line;

    /// <summary>The column of the first error, from 1.</summary>
    public int Column => Errors[0].Column;

    private static string Compose(IReadOnlyList<FormulaError> errors)
    {
        var first = errors[0];
        var lines = errors.Select(e => e.Describe(Language.English));
        return $"Invalid formula: {string.Join("; ", lines)}{Environment.NewLine}{TextPosition.Pointer(first.Formula, first.Position)}";
    }
}
