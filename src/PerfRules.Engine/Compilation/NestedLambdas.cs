using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Takes the lambdas nested in a condition or action (<c>FromSingle(budgets, b =&gt; Score(b, lines))</c>) out of it when
/// it is compiled: each becomes a delegate compiled once, over an array of the values it reads from around it, and the
/// expression binds it to those values with a plain closure when it runs (a lambda that reads nothing from around it is
/// used as it is). A method group converted to a delegate with a constant target is created once, too.
/// </summary>
/// <remarks>
/// <para>The expression compiler creates a nested delegate anew on every run of its expression, through reflection
/// (<see cref="MethodInfo.CreateDelegate(Type, object?)"/> on a dynamic method): about 300 ns and a method-info stub
/// each time, against a few tens of nanoseconds for binding a compiled delegate. It compiles the nested lambdas along
/// with their expression all the same, so compiling them here costs no more; and it happens only for the expressions
/// that run often enough to be compiled (see <see cref="TieredLambda"/>), never while a rule set is built.</para>
/// <para>A nested lambda captures the values around it, not the variables: the same thing here, since expression lambdas
/// written in C# cannot assign; an expression that assigns or declares variables anyway is left as it is. So are nested
/// lambdas of other delegate types than <see cref="Func{TResult}"/> and <see cref="Action"/> of up to three parameters,
/// and quoted ones (arguments of <see cref="IQueryable"/> operators, which must stay expressions).</para>
/// </remarks>
internal sealed class NestedLambdas : ExpressionVisitor
{
    private static readonly Dictionary<Type, string> Binders = new()
    {
        [typeof(Func<>)] = nameof(Bind.Func0),
        [typeof(Func<,>)] = nameof(Bind.Func1),
        [typeof(Func<,,>)] = nameof(Bind.Func2),
        [typeof(Func<,,,>)] = nameof(Bind.Func3),
        [typeof(Action<>)] = nameof(Bind.Action1),
        [typeof(Action<,>)] = nameof(Bind.Action2),
        [typeof(Action<,,>)] = nameof(Bind.Action3),
    };

    /// <summary>Compiles a lambda with its nested lambdas hoisted out of it.</summary>
    public static T Compile<T>(Expression<T> lambda)
        where T : Delegate =>
        lambda.Update(Hoist(lambda.Body), lambda.Parameters).Compile();

    /// <summary>A body with its nested lambdas hoisted; the body itself when it has none it can hoist.</summary>
    public static Expression Hoist(Expression body) => Assigns.Any(body) ? body : new NestedLambdas().Visit(body);

    protected override Expression VisitUnary(UnaryExpression node) =>
        node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

    /// <summary>
    /// A method group converted to a delegate (<c>FromSingle(budgets, Score)</c>) is written into the tree as a call to
    /// <see cref="MethodInfo.CreateDelegate(Type, object?)"/> on the method, made on every run: with the method, the
    /// delegate type and the target all constants (the rule itself, say), the delegate is created once here instead.
    /// </summary>
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object is ConstantExpression { Value: MethodInfo method }
            && node.Method.DeclaringType == typeof(MethodInfo) && node.Method.Name == nameof(MethodInfo.CreateDelegate)
            && node.Arguments is [ConstantExpression { Value: Type delegateType }, ..] arguments
            && (arguments.Count == 1 || arguments is [_, ConstantExpression]))
        {
            var target = arguments.Count == 2 ? ((ConstantExpression)arguments[1]).Value : null;
            return Expression.Constant(method.CreateDelegate(delegateType, target), node.Type);
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        // Innermost first: a hoisted inner lambda is then a bind call that reads the values it captured, so its parent
        // captures them in turn.
        var body = Visit(node.Body);
        var lambda = node.Update(body, node.Parameters);
        if (!TryGetBinder(typeof(T), out var binder))
        {
            return lambda;
        }

        var captured = Captured.Of(lambda);
        if (captured.Count == 0)
        {
            return Expression.Constant(lambda.Compile(), typeof(T));
        }

        // (captured, parameters…) => body, reading each captured value from the array.
        var values = Expression.Parameter(typeof(object?[]), "captured");
        var replacements = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < captured.Count; i++)
        {
            replacements[captured[i]] = Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), captured[i].Type);
        }

        // The binder's own parameter type: an action lambda may have a body with a value, which it discards.
        var hoistedType = binder.GetParameters()[0].ParameterType;
        var hoisted = Expression.Lambda(hoistedType, new Replacer(replacements).Visit(body), [values, .. node.Parameters]);
        var state = new Expression[captured.Count];
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = Expression.Convert(captured[i], typeof(object));
        }

        return Expression.Call(binder, Expression.Constant(hoisted.Compile(), hoistedType), Expression.NewArrayInit(typeof(object), state));
    }

    /// <summary>The binder for a nested lambda's delegate type, made generic over its parameter and result types.</summary>
    private static bool TryGetBinder(Type delegateType, out MethodInfo binder)
    {
        binder = null!;
        if (delegateType == typeof(Action))
        {
            binder = typeof(Bind).GetMethod(nameof(Bind.Action0))!;
            return true;
        }

        if (!delegateType.IsGenericType || !Binders.TryGetValue(delegateType.GetGenericTypeDefinition(), out var name))
        {
            return false;
        }

        binder = typeof(Bind).GetMethod(name)!.MakeGenericMethod(delegateType.GetGenericArguments());
        return true;
    }

    /// <summary>Binds a hoisted delegate to the values its lambda captured: the closure the expression compiler would build.</summary>
    internal static class Bind
    {
        public static Action Action0(Action<object?[]> hoisted, object?[] captured) => () => hoisted(captured);

        public static Action<T1> Action1<T1>(Action<object?[], T1> hoisted, object?[] captured) => a => hoisted(captured, a);

        public static Action<T1, T2> Action2<T1, T2>(Action<object?[], T1, T2> hoisted, object?[] captured) =>
            (a, b) => hoisted(captured, a, b);

        public static Action<T1, T2, T3> Action3<T1, T2, T3>(Action<object?[], T1, T2, T3> hoisted, object?[] captured) =>
            (a, b, c) => hoisted(captured, a, b, c);

        public static Func<TResult> Func0<TResult>(Func<object?[], TResult> hoisted, object?[] captured) => () => hoisted(captured);

        public static Func<T1, TResult> Func1<T1, TResult>(Func<object?[], T1, TResult> hoisted, object?[] captured) =>
            a => hoisted(captured, a);

        public static Func<T1, T2, TResult> Func2<T1, T2, TResult>(Func<object?[], T1, T2, TResult> hoisted, object?[] captured) =>
            (a, b) => hoisted(captured, a, b);

        public static Func<T1, T2, T3, TResult> Func3<T1, T2, T3, TResult>(Func<object?[], T1, T2, T3, TResult> hoisted, object?[] captured) =>
            (a, b, c) => hoisted(captured, a, b, c);
    }

    /// <summary>The parameters a lambda reads from around it, in the order it first reads them.</summary>
    private sealed class Captured : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private readonly List<ParameterExpression> _captured = [];

        public static List<ParameterExpression> Of(LambdaExpression lambda)
        {
            var captured = new Captured();
            captured.Visit(lambda);
            return captured._captured;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node) && !_captured.Contains(node))
            {
                _captured.Add(node);
            }

            return node;
        }
    }

    /// <summary>Replaces parameters by expressions.</summary>
    private sealed class Replacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }

    /// <summary>Whether an expression assigns or declares variables, which a value captured once would not follow.</summary>
    private sealed class Assigns : ExpressionVisitor
    {
        private bool _found;

        public static bool Any(Expression expression)
        {
            var assigns = new Assigns();
            assigns.Visit(expression);
            return assigns._found;
        }

        public override Expression? Visit(Expression? node)
        {
            _found |= node is BlockExpression { Variables.Count: > 0 } or TryExpression or LoopExpression
                || node?.NodeType is ExpressionType.Assign or ExpressionType.AddAssign or ExpressionType.SubtractAssign
                    or ExpressionType.MultiplyAssign or ExpressionType.DivideAssign or ExpressionType.ModuloAssign
                    or ExpressionType.AndAssign or ExpressionType.OrAssign or ExpressionType.ExclusiveOrAssign
                    or ExpressionType.LeftShiftAssign or ExpressionType.RightShiftAssign or ExpressionType.PowerAssign
                    or ExpressionType.AddAssignChecked or ExpressionType.SubtractAssignChecked or ExpressionType.MultiplyAssignChecked
                    or ExpressionType.PreIncrementAssign or ExpressionType.PreDecrementAssign
                    or ExpressionType.PostIncrementAssign or ExpressionType.PostDecrementAssign;
            return _found ? node : base.Visit(node);
        }
    }
}
