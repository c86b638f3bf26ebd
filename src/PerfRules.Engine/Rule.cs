using System.Reflection;
using PerfRules.Engine.Compilation;

namespace PerfRules.Engine;

/// <summary>
/// The base class of every production rule. Override <see cref="Define"/> and describe the rule there: the facts it
/// matches with <see cref="When"/> and what it does with them with <see cref="Then"/>.
/// </summary>
/// <example>
/// <code>
/// [Name("Large order"), Priority(10)]
/// public sealed class LargeOrderRule : Rule
/// {
///     public override void Define()
///     {
///         Customer customer = null!;
///         Order order = null!;
///         When()
///             .Match(() =&gt; customer, c =&gt; c.IsPreferred)
///             .Match(() =&gt; order, o =&gt; o.CustomerId == customer.Id, o =&gt; o.Amount &gt; 1000m);
///         Then()
///             .Do(ctx =&gt; ctx.Insert(new Discount(order.Id, 0.1m)));
///     }
/// }
/// </code>
/// </example>
/// <remarks>
/// A rule is a description, not a running thing: the repository calls <see cref="Define"/> once, compiles what it
/// recorded into the shared network and never calls the rule again. One instance may be added to any number of
/// repositories, from any thread: each runs <see cref="Define"/> in turn. Variables bound by <c>Match(() =&gt; alias, …)</c>
/// are placeholders that the engine replaces with the matched facts.
/// Metadata defaults come from <see cref="NameAttribute"/>, <see cref="DescriptionAttribute"/>,
/// <see cref="TagAttribute"/> and <see cref="PriorityAttribute"/>; a parameterised rule class may override the
/// properties instead, so that each instance has its own name.
/// </remarks>
public abstract class Rule
{
    // Define() records into _builder, so one instance defines for one repository at a time: two threads compiling rule
    // sets that share rule instances (a county's table extending its province's) would otherwise record into each other's.
    private readonly Lock _defining = new();
    private RuleDefinitionBuilder? _builder;

    /// <summary>The rule's name. Defaults to <see cref="NameAttribute"/>, else the type's full name. Names must be unique in a repository.</summary>
    public virtual string Name => GetType().GetCustomAttribute<NameAttribute>()?.Value ?? GetType().FullName ?? GetType().Name;

    /// <summary>The rule's description. Defaults to <see cref="DescriptionAttribute"/>, else an empty string.</summary>
    public virtual string Description => GetType().GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty;

    /// <summary>The rule's priority; higher fires first. Defaults to <see cref="PriorityAttribute"/>, else 0.</summary>
    public virtual int Priority => GetType().GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;

    /// <summary>The rule's tags. Defaults to the <see cref="TagAttribute"/>s, in declaration order.</summary>
    public virtual IReadOnlyList<string> Tags => GetType().GetCustomAttributes<TagAttribute>().Select(t => t.Value).ToArray();

    /// <summary>Describes the rule with <see cref="When"/> and <see cref="Then"/>. Called once, by the repository.</summary>
    public abstract void Define();

    /// <summary>The left-hand side: the facts the rule matches. Every call returns the same builder.</summary>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected ILeftHandSideExpression When() => Builder.LeftHandSide;

    /// <summary>The right-hand side: what the rule does when it fires. Every call returns the same builder.</summary>
    /// <exception cref="InvalidOperationException">Called outside <see cref="Define"/>.</exception>
    protected IRightHandSideExpression Then() => Builder.RightHandSide;

    private RuleDefinitionBuilder Builder =>
        _builder ?? throw new InvalidOperationException(
            $"Rule '{GetType().FullName}': When() and Then() may only be called from Define(), while a repository defines the rule.");

    /// <summary>Runs <see cref="Define"/> and returns what it recorded.</summary>
    internal RuleDefinitionBuilder Build()
    {
        lock (_defining)
        {
            var builder = new RuleDefinitionBuilder(this);
            _builder = builder;
            try
            {
                Define();
            }
            finally
            {
                _builder = null;
            }

            return builder;
        }
    }
}
