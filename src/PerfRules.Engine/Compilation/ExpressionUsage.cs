using System.Linq.Expressions;

namespace PerfRules.Engine.Compilation;

/// <summary>Which of the given parameters an expression reads.</summary>
internal sealed class ExpressionUsage : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private bool _found;

    private ExpressionUsage(ParameterExpression parameter) => _parameter = parameter;

    public static bool Reads(Expression expression, ParameterExpression parameter)
    {
        var usage = new ExpressionUsage(parameter);
        usage.Visit(expression);
        return usage._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found |= node == _parameter;
        return node;
    }
}
