using System.Linq.Expressions;

namespace PerfRules.Engine.Compilation;

/// <summary>The kinds of left-hand-side element a rule can declare.</summary>
internal enum ElementKind
{
    Match,
    Not,
    Exists,
    Collect,
    GroupBy,
}

/// <summary>One left-hand-side element exactly as the rule declared it, before compilation.</summary>
internal sealed class RuleElement
{
    public required ElementKind Kind { get; init; }

    /// <summary>The fact type the element matches.</summary>
    public required Type FactType { get; init; }

    /// <summary>The variable the element binds, or null (anonymous match, not, exists).</summary>
    public Alias? Alias { get; init; }

    /// <summary>Conditions on each fact, as declared (<c>T =&gt; bool</c>).</summary>
    public required IReadOnlyList<LambdaExpression> Conditions { get; init; }

    /// <summary>For a group-by, the key of a fact (<c>T =&gt; TKey</c>).</summary>
    public LambdaExpression? KeySelector { get; init; }

    /// <summary>For an aggregate, conditions on its result, added by <c>Where</c>.</summary>
    public List<LambdaExpression> ResultConditions { get; } = [];

    /// <summary>Whether the element binds a position in the match (a tuple element), whether or not it has an alias.</summary>
    public bool BindsElement => Kind is ElementKind.Match or ElementKind.Collect or ElementKind.GroupBy;

    public string Describe() => Kind switch
    {
        ElementKind.Match => Alias is null ? $"Match<{FactType.Name}>" : $"{FactType.Name} {Alias.Name}",
        ElementKind.Not => $"Not<{FactType.Name}>",
        ElementKind.Exists => $"Exists<{FactType.Name}>",
        ElementKind.Collect => $"Collect<{FactType.Name}> {Alias?.Name}",
        _ => $"GroupBy<{FactType.Name}> {Alias?.Name}",
    };
}

/// <summary>One right-hand-side action as declared: a <c>Do</c> or a <c>Yield</c>.</summary>
internal sealed record RuleAction(LambdaExpression Expression, bool IsYield);
