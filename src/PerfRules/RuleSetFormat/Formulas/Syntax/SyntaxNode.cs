namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// A node of a formula's syntax tree, as parsed and before it is checked against a schema. <see cref="Start"/> and
/// <see cref="End"/> locate it in the text (end exclusive) so that every later error can point at it.
/// </summary>
internal abstract record SyntaxNode(int Start, int End);

/// <summary>A non-negative decimal literal: <c>0.05</c>, or <c>5%</c> (whose value is 0.05).</summary>
internal sealed record NumberLiteral(decimal Value, int Start, int End) : SyntaxNode(Start, End);

/// <summary>A quoted string literal, without its quotes and escapes.</summary>
internal sealed record StringLiteral(string Value, int Start, int End) : SyntaxNode(Start, End);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BooleanLiteral(bool Value, int Start, int End) : SyntaxNode(Start, End);

/// <summary><c>null</c>: only meaningful as an operand of <c>==</c> or <c>!=</c>.</summary>
internal sealed record NullLiteral(int Start, int End) : SyntaxNode(Start, End);

/// <summary>A bare name: a fact type, or inside a <c>where</c> condition a field of the fact being tested.</summary>
internal sealed record NameNode(string Name, int Start, int End) : SyntaxNode(Start, End);

/// <summary><c>Target.Member</c>: a field of a fact.</summary>
internal sealed record MemberNode(SyntaxNode Target, string Member, int MemberStart, int Start, int End) : SyntaxNode(Start, End);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
internal sealed record UnaryNode(UnaryOperator Operator, SyntaxNode Operand, int Start, int End) : SyntaxNode(Start, End);

/// <summary>An infix operation; <see cref="OperatorPosition"/> is where its operator is, for errors such as division by zero.</summary>
internal sealed record BinaryNode(BinaryOperator Operator, SyntaxNode Left, SyntaxNode Right, int OperatorPosition, int Start, int End)
    : SyntaxNode(Start, End);

/// <summary><c>name(arguments)</c>; the name is lower-cased, as function names are case-insensitive.</summary>
internal sealed record CallNode(string Function, IReadOnlyList<SyntaxNode> Arguments, int NameEnd, int Start, int End) : SyntaxNode(Start, End);

/// <summary><c>Source where Condition</c>, allowed only as an argument of an aggregate function.</summary>
internal sealed record WhereNode(SyntaxNode Source, SyntaxNode Condition, int WherePosition, int Start, int End) : SyntaxNode(Start, End);

/// <summary>The prefix operators.</summary>
internal enum UnaryOperator
{
    Negate,
    Not,
}

/// <summary>The infix operators.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}
