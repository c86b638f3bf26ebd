using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Engine.Compilation;

/// <summary>Evaluates expressions that only read captured values: a constant followed by field or property accesses.</summary>
internal static class ClosureValue
{
    public static bool IsChain(Expression? expression) => expression switch
    {
        ConstantExpression => true,
        MemberExpression { Expression: null, Member: FieldInfo { IsStatic: true } } => true,
        MemberExpression m => m.Expression is not null && IsChain(m.Expression),
        _ => false,
    };

    public static bool TryEvaluate(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression c:
                value = c.Value;
                return true;
            case MemberExpression { Expression: null, Member: FieldInfo { IsStatic: true } field }:
                value = field.GetValue(null);
                return true;
            case MemberExpression { Expression: not null } m when TryEvaluate(m.Expression, out var target) && target is not null:
                value = m.Member switch
                {
                    FieldInfo f => f.GetValue(target),
                    PropertyInfo p => p.GetValue(target),
                    _ => null,
                };
                return m.Member is FieldInfo or PropertyInfo;
            default:
                value = null;
                return false;
        }
    }
}
