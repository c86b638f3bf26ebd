namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// How tightly each construct binds, loosest first; the parser and the printer share it so that printing a tree and
/// parsing the text gives the same tree.
/// </summary>
internal static class Precedence
{
    public const int Or = 1;
    public const int And = 2;
    public const int Not = 3;
    public const int Comparison = 4;
    public const int Additive = 5;
    public const int Multiplicative = 6;
    public const int Negate = 7;
    public const int Primary = 8;

    public static int Of(SyntaxNode node) => node switch
    {
        BinaryNode b => Of(b.Operator),
        UnaryNode { Operator: UnaryOperator.Not } => Not,
        UnaryNode => Negate,
        WhereNode => 0,
        _ => Primary,
    };

    public static int Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => Or,
        BinaryOperator.And => And,
        BinaryOperator.Add or BinaryOperator.Subtract => Additive,
        BinaryOperator.Multiply or BinaryOperator.Divide => Multiplicative,
        _ => Comparison,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "and",
        _ => "or",
    };
}
