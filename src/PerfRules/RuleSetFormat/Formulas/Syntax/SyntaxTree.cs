namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>Walks syntax trees.</summary>
internal static class SyntaxTree
{
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        MemberNode m => [m.Target],
        UnaryNode u => [u.Operand],
        BinaryNode b => [b.Left, b.Right],
        CallNode c => c.Arguments,
        WhereNode w => [w.Source, w.Condition],
        _ => [],
    };
}
