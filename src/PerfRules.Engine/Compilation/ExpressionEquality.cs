using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Structural equality of rewritten condition lambdas, so that identical conditions in different rules share one
/// network node. Parameters compare by position; constants by value. Node kinds it does not know never compare equal,
/// which only costs sharing, never correctness.
/// </summary>
internal sealed class ExpressionEquality : IEqualityComparer<LambdaExpression>
{
    public static readonly ExpressionEquality Instance = new();

    public bool Equals(LambdaExpression? x, LambdaExpression? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Type != y.Type || x.Parameters.Count != y.Parameters.Count)
        {
            return false;
        }

        return new Comparison(x.Parameters, y.Parameters).Same(x.Body, y.Body);
    }

    public int GetHashCode(LambdaExpression obj) => Hash(obj.Body, 4);

    private static int Hash(Expression? e, int depth)
    {
        if (e is null || depth == 0)
        {
            return 0;
        }

        var hash = HashCode.Combine(e.NodeType, e.Type);
        return e switch
        {
            ConstantExpression c => HashCode.Combine(hash, c.Value),
            MemberExpression m => HashCode.Combine(hash, m.Member, Hash(m.Expression, depth - 1)),
            MethodCallExpression call => HashCode.Combine(hash, call.Method, call.Arguments.Count, Hash(call.Object, depth - 1),
                call.Arguments.Count > 0 ? Hash(call.Arguments[0], depth - 1) : 0),
            BinaryExpression b => HashCode.Combine(hash, Hash(b.Left, depth - 1), Hash(b.Right, depth - 1)),
            UnaryExpression u => HashCode.Combine(hash, Hash(u.Operand, depth - 1)),
            _ => hash,
        };
    }

    private sealed class Comparison(IReadOnlyList<ParameterExpression> left, IReadOnlyList<ParameterExpression> right)
    {
        private readonly List<ParameterExpression> _left = [.. left];
        private readonly List<ParameterExpression> _right = [.. right];

        public bool Same(Expression? x, Expression? y)
        {
            if (x is null || y is null)
            {
                return x is null && y is null;
            }

            if (x.NodeType != y.NodeType || x.Type != y.Type)
            {
                return false;
            }

            return (x, y) switch
            {
                (ConstantExpression a, ConstantExpression b) => Equals(a.Value, b.Value),
                (ParameterExpression a, ParameterExpression b) => _left.IndexOf(a) is var i && i >= 0 && i == _right.IndexOf(b),
                (MemberExpression a, MemberExpression b) => a.Member == b.Member && Same(a.Expression, b.Expression),
                (MethodCallExpression a, MethodCallExpression b) => a.Method == b.Method && Same(a.Object, b.Object) && All(a.Arguments, b.Arguments),
                (BinaryExpression a, BinaryExpression b) => a.Method == b.Method && a.IsLiftedToNull == b.IsLiftedToNull
                    && Same(a.Left, b.Left) && Same(a.Right, b.Right) && Same(a.Conversion, b.Conversion),
                (UnaryExpression a, UnaryExpression b) => a.Method == b.Method && Same(a.Operand, b.Operand),
                (ConditionalExpression a, ConditionalExpression b) => Same(a.Test, b.Test) && Same(a.IfTrue, b.IfTrue) && Same(a.IfFalse, b.IfFalse),
                (TypeBinaryExpression a, TypeBinaryExpression b) => a.TypeOperand == b.TypeOperand && Same(a.Expression, b.Expression),
                (NewExpression a, NewExpression b) => a.Constructor == b.Constructor && All(a.Arguments, b.Arguments),
                (NewArrayExpression a, NewArrayExpression b) => All(a.Expressions, b.Expressions),
                (InvocationExpression a, InvocationExpression b) => Same(a.Expression, b.Expression) && All(a.Arguments, b.Arguments),
                (IndexExpression a, IndexExpression b) => a.Indexer == b.Indexer && Same(a.Object, b.Object) && All(a.Arguments, b.Arguments),
                (DefaultExpression, DefaultExpression) => true,
                (LambdaExpression a, LambdaExpression b) => SameLambda(a, b),
                (MemberInitExpression a, MemberInitExpression b) => Same(a.NewExpression, b.NewExpression) && SameBindings(a.Bindings, b.Bindings),
                _ => false,
            };
        }

        private bool SameLambda(LambdaExpression a, LambdaExpression b)
        {
            if (a.Parameters.Count != b.Parameters.Count)
            {
                return false;
            }

            _left.AddRange(a.Parameters);
            _right.AddRange(b.Parameters);
            for (var i = 0; i < a.Parameters.Count; i++)
            {
                if (a.Parameters[i].Type != b.Parameters[i].Type)
                {
                    return false;
                }
            }

            return Same(a.Body, b.Body);
        }

        // Loops rather than Zip: pairs are value tuples, whose LINQ iterators each network build would compile anew.
        private bool SameBindings(IReadOnlyList<MemberBinding> a, IReadOnlyList<MemberBinding> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (a[i].Member != b[i].Member || a[i] is not MemberAssignment ma || b[i] is not MemberAssignment mb || !Same(ma.Expression, mb.Expression))
                {
                    return false;
                }
            }

            return true;
        }

        private bool All(IReadOnlyList<Expression> a, IReadOnlyList<Expression> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!Same(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
