namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// Stops the lexer or parser at the first syntax or limit error; <see cref="Formula.TryParse"/> turns it into a
/// <see cref="FormulaError"/> and it never escapes the library.
/// </summary>
internal sealed class SyntaxErrorException(FormulaError error) : Exception(error.Message.Get(Results.Language.English))
{
    public FormulaError Error { get; } = error;
}
