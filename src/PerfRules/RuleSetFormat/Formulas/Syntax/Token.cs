namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// A token: its kind, where it is, its source text, and for numbers, strings and names, its value (a string's value is
/// its text without quotes or escapes).
/// </summary>
/// <remarks>
/// A class, not a struct: a list of a struct defined here is compiled anew (JIT) in every process that loads a document,
/// a list of a class shares the framework's precompiled code.
/// </remarks>
internal sealed record Token(TokenKind Kind, int Position, int Length, string Text, string Value = "", decimal Number = 0m)
{
    public int End => Position + Length;

    /// <summary>How an error message names the token: “+”, the name “Foo”, the end of the formula.</summary>
    public (string Chinese, string English) Describe() => Kind switch
    {
        TokenKind.End => ("公式结尾", "the end of the formula"),
        TokenKind.Number => ($"数字{Text}", $"the number {Text}"),
        TokenKind.String => ($"字符串{Text}", $"the string {Text}"),
        TokenKind.Identifier => ($"名称“{Text}”", $"the name '{Text}'"),
        _ => ($"“{Text}”", $"'{Text}'"),
    };
}
