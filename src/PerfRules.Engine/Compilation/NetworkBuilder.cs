using System.Linq.Expressions;
using PerfRules.Engine.Rete;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Compiles rule models into one Rete network. Alpha nodes (a type, then one node per condition on the fact alone) and
/// beta nodes (joins, negations, aggregates) are shared between rules wherever the path and the conditions are the same.
/// </summary>
internal sealed class NetworkBuilder
{
    private static readonly HashSet<Type> HashableTypes =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateOnly), typeof(DateTimeOffset), typeof(TimeOnly), typeof(Guid),
    ];

    private static readonly System.Reflection.MethodInfo CollectNodeFactory =
        typeof(NetworkBuilder).GetMethod(nameof(CollectNodeOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private readonly List<TypeNode> _typeNodes = [];
    private readonly Dictionary<(AlphaNode Parent, LambdaExpression Condition), SelectionNode> _selections = new(new SelectionKeyComparer());
    private readonly Dictionary<AlphaNode, AlphaMemoryNode> _alphaMemories = [];
    private readonly Dictionary<BetaKey, BetaNode> _betaNodes = [];
    private readonly List<LeftSink> _rootSinks = [];
    private readonly List<RuleNode> _ruleNodes = [];

    // The selection nodes whose condition compares a value of the fact with a constant, for AlphaSwitch.
    private readonly Dictionary<SelectionNode, (LambdaExpression Value, object? Constant)> _comparisons = [];
    private int _nextId;

    /// <summary>
    /// The fewest sibling nodes comparing one value with constants that are worth a switch: below it, computing the value
    /// and looking it up costs about what testing each node does.
    /// </summary>
    private const int MinimumSwitchRun = 4;

    public ISessionFactory Build(IReadOnlyList<RuleDefinitionBuilder> rules)
    {
        foreach (var rule in rules)
        {
            AddRule(rule, _ruleNodes.Count);
        }

        foreach (var typeNode in _typeNodes)
        {
            AddSwitches(typeNode);
        }

        return new ReteNetwork([.. _typeNodes], [.. _rootSinks], [.. _ruleNodes], _nextId);
    }

    private void AddRule(RuleDefinitionBuilder rule, int ruleIndex)
    {
        if (rule.Actions.Count == 0)
        {
            throw new RuleDefinitionException(rule.Name, "it has no action; add Then().Do(...) or Then().Yield(...).");
        }

        var aliases = BindAliases(rule);
        BetaNode? left = null;
        var bound = 0;
        foreach (var element in rule.Elements)
        {
            left = AddElement(rule, element, aliases, bound, left);
            if (element.BindsElement)
            {
                bound++;
            }
        }

        var yields = 0;
        foreach (var action in rule.Actions)
        {
            yields += action.IsYield ? 1 : 0;
        }

        var compiled = new CompiledRule(ruleIndex, rule.Name, rule.Description, rule.Priority, rule.Tags, bound, CompileActions(rule, aliases), yields);
        var node = new RuleNode(_nextId++, compiled);
        Attach(left, node);
        _ruleNodes.Add(node);
    }

    private static Dictionary<Alias, int> BindAliases(RuleDefinitionBuilder rule)
    {
        var aliases = new Dictionary<Alias, int>();
        var index = 0;
        foreach (var element in rule.Elements)
        {
            if (element.Alias is { } alias && !aliases.TryAdd(alias, index))
            {
                throw new RuleDefinitionException(rule.Name, $"'{alias.Name}' is bound by two patterns; bind each variable once.");
            }

            if (element.BindsElement)
            {
                index++;
            }
        }

        return aliases;
    }

    private BetaNode AddElement(RuleDefinitionBuilder rule, RuleElement element, Dictionary<Alias, int> aliases, int bound, BetaNode? left)
    {
        var pattern = element.Describe();
        var fact = AliasRewriter.FactParameter();
        var token = AliasRewriter.TokenParameter();
        AlphaNode alpha = TypeNodeFor(element.FactType);
        // Conditions are kept in lists of a class rather than of tuples, and built with loops rather than LINQ: every
        // evaluator compiles its network once, often just after the process started, where each generic instantiation
        // over a value type and each lambda costs more to compile than it saves.
        var beta = new List<TextedCondition>();
        foreach (var condition in element.Conditions)
        {
            var (body, usesToken) = AliasRewriter.RewriteCondition(rule, aliases, bound, condition, fact, token);
            var text = ExpressionText.Of(condition);
            if (usesToken)
            {
                beta.Add(new TextedCondition(Expression.Lambda<Func<Token, object, bool>>(body, token, fact), text));
                continue;
            }

            alpha = SelectionFor(alpha, Expression.Lambda<Func<object, bool>>(body, fact), text, pattern, rule.Name);
        }

        var memory = AlphaMemoryFor(alpha);
        // Joins and aggregates hash their memories on an equality between the fact and the match; negations scan.
        JoinKeyDefinition? joinKey = null;
        if (element.Kind is ElementKind.Match or ElementKind.Collect or ElementKind.GroupBy)
        {
            for (var i = 0; i < beta.Count; i++)
            {
                if (TrySplitEquality(beta[i].Lambda, token, fact, out joinKey))
                {
                    joinKey = joinKey! with { Text = beta[i].Text };
                    beta.RemoveAt(i);
                    break;
                }
            }
        }

        var resultConditions = new List<TextedCondition>(element.ResultConditions.Count);
        foreach (var condition in element.ResultConditions)
        {
            var (body, _) = AliasRewriter.RewriteCondition(rule, aliases, bound, condition, fact, token);
            resultConditions.Add(new TextedCondition(Expression.Lambda<Func<Token, object, bool>>(body, token, fact), ExpressionText.Of(condition)));
        }

        LambdaExpression? keySelector = null;
        if (element.KeySelector is { } selector)
        {
            var (body, usesToken) = AliasRewriter.RewriteCondition(rule, aliases, bound, selector, fact, token);
            if (usesToken)
            {
                throw new RuleDefinitionException(rule.Name, $"the group key '{ExpressionText.Of(selector)}' uses another pattern's variable; a key may only use the fact itself.");
            }

            keySelector = Expression.Lambda<Func<object, object?>>(Expression.Convert(body, typeof(object)), fact);
        }

        var key = new BetaKey(left, element.Kind, element.FactType, memory, bound, TextedCondition.Lambdas(beta),
            joinKey is null ? [] : [joinKey.Left, joinKey.Right], TextedCondition.Lambdas(resultConditions), keySelector);
        if (_betaNodes.TryGetValue(key, out var shared))
        {
            AddRuleName(shared, rule.Name);
            return shared;
        }

        var conditions = TextedCondition.Compile(beta, pattern);
        var results = TextedCondition.Compile(resultConditions, pattern);
        var compiledKey = joinKey is null ? null
            : new JoinKey(TieredLambda.Of((Expression<Func<Token, object?>>)joinKey.Left), TieredLambda.Of((Expression<Func<object, object?>>)joinKey.Right), joinKey.Text, pattern);
        BetaNode node = element.Kind switch
        {
            ElementKind.Match => new JoinNode(_nextId++, memory, conditions, compiledKey, bound),
            ElementKind.Not => new NegationNode(_nextId++, memory, conditions, isExists: false),
            ElementKind.Exists => new NegationNode(_nextId++, memory, conditions, isExists: true),
            ElementKind.Collect => NewCollectNode(element.FactType, _nextId++, memory, conditions, compiledKey, results, bound),
            _ => (BetaNode)Activator.CreateInstance(
                typeof(GroupByNode<,>).MakeGenericType(element.KeySelector!.ReturnType, element.FactType),
                _nextId++, memory, conditions, compiledKey, results,
                new GroupKey(TieredLambda.Of((Expression<Func<object, object?>>)keySelector!), ExpressionText.Of(element.KeySelector), pattern), bound)!,
        };

        _betaNodes.Add(key, node);
        AddRuleName(node, rule.Name);
        memory.Sinks.Add((TwoInputNode)node);
        Attach(left, node);
        return node;
    }

    /// <summary>
    /// A collect node for facts of <paramref name="factType"/>, made through a delegate to <see cref="CollectNodeOf{T}"/>
    /// rather than by <see cref="Activator"/>: reflection emits and compiles an invocation stub for each node type, which
    /// was about 4% of building an evaluator in a fresh process.
    /// </summary>
    private static BetaNode NewCollectNode(Type factType, int id, AlphaMemoryNode memory, BetaCondition[] conditions, JoinKey? key, BetaCondition[] results, int index) =>
        CollectNodeFactory.MakeGenericMethod(factType)
            .CreateDelegate<Func<int, AlphaMemoryNode, BetaCondition[], JoinKey?, BetaCondition[], int, BetaNode>>()(id, memory, conditions, key, results, index);

    private static BetaNode CollectNodeOf<T>(int id, AlphaMemoryNode memory, BetaCondition[] conditions, JoinKey? key, BetaCondition[] results, int index) =>
        new CollectNode<T>(id, memory, conditions, key, results, index);

    private static void AddRuleName(BetaNode node, string ruleName)
    {
        foreach (var condition in node.Expressions)
        {
            condition.RuleNames.Add(ruleName);
        }
    }

    private void Attach(BetaNode? left, LeftSink node)
    {
        if (left is null)
        {
            _rootSinks.Add(node);
        }
        else
        {
            left.Children.Add(node);
        }
    }

    private TypeNode TypeNodeFor(Type type)
    {
        var node = _typeNodes.Find(n => n.FactType == type);
        if (node is null)
        {
            node = new TypeNode(type);
            _typeNodes.Add(node);
        }

        return node;
    }

    private SelectionNode SelectionFor(AlphaNode parent, Expression<Func<object, bool>> condition, string text, string pattern, string ruleName)
    {
        if (!_selections.TryGetValue((parent, condition), out var node))
        {
            node = new SelectionNode(new AlphaCondition(TieredLambda.Of(condition), text, pattern));
            parent.Children.Add(node);
            _selections.Add((parent, condition), node);
            if (TrySplitComparison(condition, out var comparison))
            {
                _comparisons.Add(node, comparison);
            }
        }

        if (!node.Condition.RuleNames.Contains(ruleName))
        {
            node.Condition.RuleNames.Add(ruleName);
        }

        return node;
    }

    /// <summary>
    /// Puts an <see cref="AlphaSwitch"/> over every run of consecutive children (of this node and below) that compare the
    /// same value of the fact with constants, once the whole network is built.
    /// </summary>
    private void AddSwitches(AlphaNode parent)
    {
        var children = parent.Children;
        var rebuilt = new List<AlphaNode>(children.Count);
        for (var i = 0; i < children.Count;)
        {
            var end = i + 1;
            LambdaExpression? value = null;
            if (children[i] is SelectionNode first && _comparisons.TryGetValue(first, out var comparison))
            {
                value = comparison.Value;
                while (end < children.Count && children[end] is SelectionNode next && _comparisons.TryGetValue(next, out var other)
                    && ExpressionEquality.Instance.Equals(other.Value, value))
                {
                    end++;
                }
            }

            if (value is null || end - i < MinimumSwitchRun)
            {
                rebuilt.AddRange(children.GetRange(i, end - i));
            }
            else
            {
                var run = new List<(SelectionNode Node, object? Constant)>(end - i);
                for (var j = i; j < end; j++)
                {
                    var node = (SelectionNode)children[j];
                    run.Add((node, _comparisons[node].Constant));
                }

                rebuilt.Add(new AlphaSwitch(TieredLambda.Of((Expression<Func<object, object?>>)value), run));
            }

            i = end;
        }

        children.Clear();
        children.AddRange(rebuilt);
        foreach (var child in children)
        {
            foreach (var below in child is AlphaSwitch ? child.Children : [child])
            {
                AddSwitches(below);
            }
        }
    }

    private AlphaMemoryNode AlphaMemoryFor(AlphaNode parent)
    {
        if (!_alphaMemories.TryGetValue(parent, out var memory))
        {
            memory = new AlphaMemoryNode(_nextId++);
            parent.Children.Add(memory);
            _alphaMemories.Add(parent, memory);
        }

        return memory;
    }

    private static CompiledAction[] CompileActions(RuleDefinitionBuilder rule, Dictionary<Alias, int> aliases)
    {
        var actions = new CompiledAction[rule.Actions.Count];
        var yieldSlot = 0;
        for (var i = 0; i < actions.Length; i++)
        {
            var action = rule.Actions[i];
            var context = Expression.Parameter(typeof(IContext), "context");
            var arguments = Expression.Parameter(typeof(object?[]), "arguments");
            var body = AliasRewriter.RewriteAction(rule, aliases, action.Expression, context, arguments);
            var text = ExpressionText.Of(action.Expression);
            var keepsArguments = ExpressionUsage.CapturedByLambda(body, arguments);
            actions[i] = action.IsYield
                ? new CompiledAction(text, null, TieredLambda.Of(Expression.Lambda<Func<IContext, object?[], object?>>(Expression.Convert(body, typeof(object)), context, arguments)), yieldSlot++, keepsArguments)
                : new CompiledAction(text, TieredLambda.Of(Expression.Lambda<Action<IContext, object?[]>>(body, context, arguments)), null, -1, keepsArguments);
        }

        return actions;
    }

    /// <summary>Splits <c>f(fact) == g(match)</c> into its two sides, when the compared type hashes as it compares.</summary>
    private static bool TrySplitEquality(LambdaExpression condition, ParameterExpression token, ParameterExpression fact, out JoinKeyDefinition? key)
    {
        key = null;
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal))
        {
            return false;
        }

        Expression? factSide = null, matchSide = null;
        foreach (var (side, other) in new[] { (equal.Left, equal.Right), (equal.Right, equal.Left) })
        {
            if (Reads(side, fact) && !Reads(side, token) && Reads(other, token) && !Reads(other, fact))
            {
                factSide = side;
                matchSide = other;
            }
        }

        if (factSide is null || matchSide is null)
        {
            return false;
        }

        key = new JoinKeyDefinition(
            Expression.Lambda<Func<Token, object?>>(Expression.Convert(matchSide, typeof(object)), token),
            Expression.Lambda<Func<object, object?>>(Expression.Convert(factSide, typeof(object)), fact),
            string.Empty);
        return true;
    }

    /// <summary>
    /// Splits a condition <c>f(fact) == constant</c> into the value it reads and the constant, when the compared type
    /// hashes as it compares (see <see cref="AlphaSwitch"/>).
    /// </summary>
    private static bool TrySplitComparison(Expression<Func<object, bool>> condition, out (LambdaExpression Value, object? Constant) comparison)
    {
        comparison = default;
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal))
        {
            return false;
        }

        var fact = condition.Parameters[0];
        var (value, constant) = equal.Right is ConstantExpression right ? (equal.Left, right) : (equal.Right, equal.Left as ConstantExpression);
        if (constant is null || !Reads(value, fact))
        {
            return false;
        }

        comparison = (Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), fact), constant.Value);
        return true;
    }

    private static bool Reads(Expression expression, ParameterExpression parameter) => ExpressionUsage.Reads(expression, parameter);

    /// <summary>Equality whose meaning <see cref="object.Equals(object)"/> and hashing reproduce: primitives, enums, strings, decimals, dates.</summary>
    private static bool IsHashable(BinaryExpression equal)
    {
        var type = Nullable.GetUnderlyingType(equal.Left.Type) ?? equal.Left.Type;
        return equal.Left.Type == equal.Right.Type
            && (type.IsPrimitive || type.IsEnum || HashableTypes.Contains(type))
            && type != typeof(float) && type != typeof(double);
    }

    private sealed record JoinKeyDefinition(LambdaExpression Left, LambdaExpression Right, string Text);

    private sealed class SelectionKeyComparer : IEqualityComparer<(AlphaNode Parent, LambdaExpression Condition)>
    {
        public bool Equals((AlphaNode Parent, LambdaExpression Condition) x, (AlphaNode Parent, LambdaExpression Condition) y) =>
            ReferenceEquals(x.Parent, y.Parent) && ExpressionEquality.Instance.Equals(x.Condition, y.Condition);

        public int GetHashCode((AlphaNode Parent, LambdaExpression Condition) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Parent), ExpressionEquality.Instance.GetHashCode(obj.Condition));
    }

    /// <summary>What makes two beta nodes the same node: the same input, kind, memory, position and conditions.</summary>
    private sealed record BetaKey(
        BetaNode? Left,
        ElementKind Kind,
        Type FactType,
        AlphaMemoryNode Memory,
        int Index,
        LambdaExpression[] Conditions,
        LambdaExpression[] JoinKey,
        LambdaExpression[] ResultConditions,
        LambdaExpression? KeySelector)
    {
        public bool Equals(BetaKey? other) =>
            other is not null
            && ReferenceEquals(Left, other.Left) && Kind == other.Kind && FactType == other.FactType
            && ReferenceEquals(Memory, other.Memory) && Index == other.Index
            && Same(Conditions, other.Conditions) && Same(JoinKey, other.JoinKey) && Same(ResultConditions, other.ResultConditions)
            && (KeySelector is null ? other.KeySelector is null : other.KeySelector is not null && ExpressionEquality.Instance.Equals(KeySelector, other.KeySelector));

        public override int GetHashCode() =>
            HashCode.Combine(Left is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Left), Kind, FactType, Memory.Id, Index, Conditions.Length);

        private static bool Same(LambdaExpression[] a, LambdaExpression[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!ExpressionEquality.Instance.Equals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A beta condition rewritten over the token and the fact, with its text as declared.</summary>
    private sealed record TextedCondition(Expression<Func<Token, object, bool>> Lambda, string Text)
    {
        public static LambdaExpression[] Lambdas(List<TextedCondition> conditions)
        {
            var lambdas = new LambdaExpression[conditions.Count];
            for (var i = 0; i < lambdas.Length; i++)
            {
                lambdas[i] = conditions[i].Lambda;
            }

            return lambdas;
        }

        public static BetaCondition[] Compile(List<TextedCondition> conditions, string pattern)
        {
            var compiled = new BetaCondition[conditions.Count];
            for (var i = 0; i < compiled.Length; i++)
            {
                compiled[i] = new BetaCondition(TieredLambda.Of(conditions[i].Lambda), conditions[i].Text, pattern);
            }

            return compiled;
        }
    }
}
