using System.Linq.Expressions;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Rewrites a declared condition or action into a lambda over runtime values: the pattern's own parameter becomes the
/// fact being tested, each rule variable becomes a read from the token (conditions) or the argument array (actions),
/// and other captured values become constants so that identical conditions compare equal and can share a node.
/// </summary>
internal sealed class AliasRewriter : ExpressionVisitor
{
    private static readonly System.Reflection.MethodInfo TokenGet = typeof(Token).GetMethod(nameof(Token.Get))!;

    private readonly RuleDefinitionBuilder _rule;
    private readonly IReadOnlyDictionary<Alias, int> _aliases;
    private readonly int _boundCount;
    private readonly ParameterExpression? _ownParameter;
    private readonly Expression? _ownReplacement;
    private readonly Func<int, Type, Expression> _readAlias;
    private readonly bool _inlineCapturedValues;

    private AliasRewriter(
        RuleDefinitionBuilder rule,
        IReadOnlyDictionary<Alias, int> aliases,
        int boundCount,
        ParameterExpression? ownParameter,
        Expression? ownReplacement,
        Func<int, Type, Expression> readAlias,
        bool inlineCapturedValues)
    {
        _rule = rule;
        _aliases = aliases;
        _boundCount = boundCount;
        _ownParameter = ownParameter;
        _ownReplacement = ownReplacement;
        _readAlias = readAlias;
        _inlineCapturedValues = inlineCapturedValues;
    }

    public static ParameterExpression TokenParameter() => Expression.Parameter(typeof(Token), "token");

    public static ParameterExpression FactParameter() => Expression.Parameter(typeof(object), "fact");

    /// <summary>Rewrites a condition <c>x =&gt; …</c> of a pattern declared after <paramref name="boundCount"/> bound elements.</summary>
    /// <returns>The body over <paramref name="fact"/> and <paramref name="token"/>, and whether it reads the token.</returns>
    public static (Expression Body, bool UsesToken) RewriteCondition(
        RuleDefinitionBuilder rule,
        IReadOnlyDictionary<Alias, int> aliases,
        int boundCount,
        LambdaExpression condition,
        ParameterExpression fact,
        ParameterExpression token)
    {
        var own = condition.Parameters[0];
        var usesToken = false;
        var rewriter = new AliasRewriter(
            rule,
            aliases,
            boundCount,
            own,
            Expression.Convert(fact, own.Type),
            (index, type) =>
            {
                usesToken = true;
                return Expression.Convert(Expression.Call(token, TokenGet, Expression.Constant(index)), type);
            },
            inlineCapturedValues: true);
        var body = rewriter.Visit(condition.Body);
        return (body, usesToken);
    }

    /// <summary>Rewrites an action <c>ctx =&gt; …</c>: variables become reads of <paramref name="arguments"/>.</summary>
    public static Expression RewriteAction(
        RuleDefinitionBuilder rule,
        IReadOnlyDictionary<Alias, int> aliases,
        LambdaExpression action,
        ParameterExpression context,
        ParameterExpression arguments)
    {
        var rewriter = new AliasRewriter(
            rule,
            aliases,
            int.MaxValue,
            action.Parameters[0],
            context,
            (index, type) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(index)), type),
            inlineCapturedValues: false);
        return rewriter.Visit(action.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        node == _ownParameter ? _ownReplacement! : base.VisitParameter(node);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is not null && ClosureValue.IsChain(node.Expression)
            && ClosureValue.TryEvaluate(node.Expression, out var target) && target is not null)
        {
            foreach (var (alias, index) in _aliases)
            {
                if (!alias.IsReadBy(node, target))
                {
                    continue;
                }

                if (index >= _boundCount)
                {
                    throw new RuleDefinitionException(_rule.Name, $"a condition uses '{alias.Name}' before the pattern that binds it; a condition may only use variables bound by earlier patterns.");
                }

                return _readAlias(index, node.Type);
            }

            var isVariableClosure = _aliases.Keys.Any(a => ReferenceEquals(a.Target, target));
            if (isVariableClosure && !node.Type.IsValueType && ClosureValue.TryEvaluate(node, out var captured) && captured is null)
            {
                throw new RuleDefinitionException(_rule.Name, $"'{node.Member.Name}' is used but no pattern binds it (it is null when the rule is defined).");
            }
        }

        if (_inlineCapturedValues && ClosureValue.IsChain(node) && ClosureValue.TryEvaluate(node, out var value))
        {
            // Captured values are read once, when the rule is compiled: that is what lets equal conditions share a node.
            return Expression.Constant(value, node.Type);
        }

        return base.VisitMember(node);
    }
}
