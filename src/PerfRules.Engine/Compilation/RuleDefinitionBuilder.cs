using System.Linq.Expressions;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Records what a rule's <see cref="Rule.Define"/> declares: the rule model that the network builder compiles.
/// </summary>
internal sealed class RuleDefinitionBuilder : IRuleDefinition
{
    private readonly List<RuleElement> _elements = [];
    private readonly List<RuleAction> _actions = [];

    public RuleDefinitionBuilder(Rule rule)
    {
        Name = rule.Name;
        Description = rule.Description;
        Priority = rule.Priority;
        Tags = rule.Tags;
        LeftHandSide = new LeftHandSideBuilder(this);
        RightHandSide = new RightHandSideBuilder(this);
    }

    public string Name { get; }

    public string Description { get; }

    public int Priority { get; }

    public IReadOnlyList<string> Tags { get; }

    public ILeftHandSideExpression LeftHandSide { get; }

    public IRightHandSideExpression RightHandSide { get; }

    public IReadOnlyList<RuleElement> Elements => _elements;

    public IReadOnlyList<RuleAction> Actions => _actions;

    public override string ToString() => Name;

    private Alias? AliasOf(LambdaExpression? alias) => alias is null ? null : Alias.FromExpression(alias, Name);

    private static IReadOnlyList<LambdaExpression> Checked(LambdaExpression[] conditions, string ruleName)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        if (conditions.Any(c => c is null))
        {
            throw new RuleDefinitionException(ruleName, "a condition is null.");
        }

        return conditions;
    }

    private sealed class LeftHandSideBuilder(RuleDefinitionBuilder rule) : ILeftHandSideExpression
    {
        public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(alias);
            return Add(ElementKind.Match, typeof(T), rule.AliasOf(alias), conditions);
        }

        public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => Add(ElementKind.Match, typeof(T), null, conditions);

        public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => Add(ElementKind.Not, typeof(T), null, conditions);

        public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => Add(ElementKind.Exists, typeof(T), null, conditions);

        public IAggregateExpression<IReadOnlyList<T>> Collect<T>(Expression<Func<IReadOnlyList<T>>> alias, params Expression<Func<T, bool>>[] conditions)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(alias);
            var element = new RuleElement
            {
                Kind = ElementKind.Collect,
                FactType = typeof(T),
                Alias = rule.AliasOf(alias),
                Conditions = Checked(conditions, rule.Name),
            };
            rule._elements.Add(element);
            return new Aggregate<IReadOnlyList<T>>(this, element);
        }

        public IAggregateExpression<IGrouping<TKey, T>> GroupBy<TKey, T>(Expression<Func<IGrouping<TKey, T>>> alias, Expression<Func<T, TKey>> keySelector, params Expression<Func<T, bool>>[] conditions)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(alias);
            ArgumentNullException.ThrowIfNull(keySelector);
            var element = new RuleElement
            {
                Kind = ElementKind.GroupBy,
                FactType = typeof(T),
                Alias = rule.AliasOf(alias),
                Conditions = Checked(conditions, rule.Name),
                KeySelector = keySelector,
            };
            rule._elements.Add(element);
            return new Aggregate<IGrouping<TKey, T>>(this, element);
        }

        private LeftHandSideBuilder Add(ElementKind kind, Type type, Alias? alias, LambdaExpression[] conditions)
        {
            rule._elements.Add(new RuleElement { Kind = kind, FactType = type, Alias = alias, Conditions = Checked(conditions, rule.Name) });
            return this;
        }
    }

    private sealed class Aggregate<TResult>(LeftHandSideBuilder lhs, RuleElement element) : IAggregateExpression<TResult>
    {
        public ILeftHandSideExpression Where(params Expression<Func<TResult, bool>>[] conditions)
        {
            ArgumentNullException.ThrowIfNull(conditions);
            element.ResultConditions.AddRange(conditions);
            return lhs;
        }

        public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.Match(alias, conditions);

        public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.Match(conditions);

        public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.Not(conditions);

        public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.Exists(conditions);

        public IAggregateExpression<IReadOnlyList<T>> Collect<T>(Expression<Func<IReadOnlyList<T>>> alias, params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.Collect(alias, conditions);

        public IAggregateExpression<IGrouping<TKey, T>> GroupBy<TKey, T>(Expression<Func<IGrouping<TKey, T>>> alias, Expression<Func<T, TKey>> keySelector, params Expression<Func<T, bool>>[] conditions)
            where T : class => lhs.GroupBy(alias, keySelector, conditions);
    }

    private sealed class RightHandSideBuilder(RuleDefinitionBuilder rule) : IRightHandSideExpression
    {
        public IRightHandSideExpression Do(Expression<Action<IContext>> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            rule._actions.Add(new RuleAction(action, IsYield: false));
            return this;
        }

        public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact)
            where TFact : class
        {
            ArgumentNullException.ThrowIfNull(fact);
            rule._actions.Add(new RuleAction(fact, IsYield: true));
            return this;
        }
    }
}
