using System.Linq.Expressions;

namespace PerfRules.Engine.Compilation;

/// <summary>Renders a declared expression as readable source-like text for errors: captured variables by their names.</summary>
internal sealed class ExpressionText : ExpressionVisitor
{
    private static readonly ExpressionText Instance = new();

    public static string Of(LambdaExpression expression) => Instance.Visit(expression).ToString();

    protected override Expression VisitMember(MemberExpression node) =>
        node.Expression is ConstantExpression
            ? Expression.Parameter(node.Type, node.Member.Name)
            : base.VisitMember(node);
}
