using System.Globalization;
using System.Text;

namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// Prints a syntax tree as canonical formula text: lower-case keywords and functions, double-quoted strings, numbers
/// in full (5% prints as 0.05), and parentheses only where precedence needs them. Parsing the text gives back the
/// same tree (the round-trip property the tests check).
/// </summary>
internal static class SyntaxPrinter
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxNode node)
    {
        switch (node)
        {
            case NumberLiteral n:
                builder.Append(n.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case StringLiteral s:
                builder.Append('"').Append(s.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case BooleanLiteral b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullLiteral:
                builder.Append("null");
                break;
            case NameNode name:
                builder.Append(name.Name);
                break;
            case MemberNode m:
                // 5.X would lex as a malformed number.
                WriteOperand(builder, m.Target, Precedence.Of(m.Target) < Precedence.Primary || m.Target is NumberLiteral);
                builder.Append('.').Append(m.Member);
                break;
            case UnaryNode { Operator: UnaryOperator.Not } u:
                builder.Append("not ");
                WriteOperand(builder, u.Operand, Precedence.Of(u.Operand) < Precedence.Not);
                break;
            case UnaryNode u:
                builder.Append('-');
                WriteOperand(builder, u.Operand, Precedence.Of(u.Operand) < Precedence.Negate);
                break;
            case BinaryNode b:
                var level = Precedence.Of(b.Operator);
                var leftNeedsParentheses = level == Precedence.Comparison ? Precedence.Of(b.Left) <= level : Precedence.Of(b.Left) < level;
                WriteOperand(builder, b.Left, leftNeedsParentheses);
                builder.Append(' ').Append(Precedence.Symbol(b.Operator)).Append(' ');
                WriteOperand(builder, b.Right, Precedence.Of(b.Right) <= level);
                break;
            case CallNode c:
                builder.Append(c.Function).Append('(');
                for (var i = 0; i < c.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, c.Arguments[i]);
                }

                builder.Append(')');
                break;
            case WhereNode w:
                Write(builder, w.Source);
                builder.Append(" where ");
                Write(builder, w.Condition);
                break;
        }
    }

    private static void WriteOperand(StringBuilder builder, SyntaxNode node, bool parenthesize)
    {
        if (parenthesize)
        {
            builder.Append('(');
        }

        Write(builder, node);
        if (parenthesize)
        {
            builder.Append(')');
        }
    }
}
