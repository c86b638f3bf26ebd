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

    /// <summary>
    /// Whether a lambda nested in the expression reads the parameter: the delegate made from it captures the parameter
    /// (its value: an array, say, not the array's elements) and may outlive the expression's run.
    /// </summary>
    public static bool CapturedByLambda(Expression expression, ParameterExpression parameter)
    {
        var lambdas = new NestedLambdaReads(parameter);
        lambdas.Visit(expression);
        return lambdas.Found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found |= node == _parameter;
        return node;
    }

    /// <summary>Finds a nested lambda that reads the parameter.</summary>
    private sealed class NestedLambdaReads(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            Found |= Reads(node.Body, parameter);
            return node;
        }
    }
}
