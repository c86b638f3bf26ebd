using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.Tests.Formulas;

/// <summary>Compares syntax trees by structure, ignoring where in the text each node was.</summary>
internal static class SyntaxEquality
{
    public static bool Equal(SyntaxNode a, SyntaxNode b) => (a, b) switch
    {
        (NumberLiteral x, NumberLiteral y) => x.Value == y.Value,
        (StringLiteral x, StringLiteral y) => x.Value == y.Value,
        (BooleanLiteral x, BooleanLiteral y) => x.Value == y.Value,
        (NullLiteral, NullLiteral) => true,
        (NameNode x, NameNode y) => x.Name == y.Name,
        (MemberNode x, MemberNode y) => x.Member == y.Member && Equal(x.Target, y.Target),
        (UnaryNode x, UnaryNode y) => x.Operator == y.Operator && Equal(x.Operand, y.Operand),
        (BinaryNode x, BinaryNode y) => x.Operator == y.Operator && Equal(x.Left, y.Left) && Equal(x.Right, y.Right),
        (CallNode x, CallNode y) => x.Function == y.Function && x.Arguments.Count == y.Arguments.Count
            && x.Arguments.Zip(y.Arguments).All(p => Equal(p.First, p.Second)),
        (WhereNode x, WhereNode y) => Equal(x.Source, y.Source) && Equal(x.Condition, y.Condition),
        _ => false,
    };
}
