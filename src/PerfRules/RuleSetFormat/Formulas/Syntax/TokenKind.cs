namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>The kinds of token a formula is made of.</summary>
internal enum TokenKind
{
    End,
    Number,
    String,
    Identifier,
    And,
    Or,
    Not,
    Where,
    True,
    False,
    Null,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    OpenParen,
    CloseParen,
    Comma,
    Dot,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
