using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Rete;

/// <summary>What a compiled condition needs for its error message: the text, the pattern and the rules sharing it.</summary>
internal abstract class ConditionBase(string text, string pattern)
{
    public string Text { get; } = text;

    public string Pattern { get; } = pattern;

    /// <summary>The rules whose networks include this condition (several when the node is shared).</summary>
    public List<string> RuleNames { get; } = [];

    protected bool Fail(Session session, Exception exception, List<object> facts)
    {
        var error = new RuleConditionException(RuleNames.ToArray(), Pattern, Text, facts, exception);
        if (session.HandleConditionError(error))
        {
            return false;
        }

        throw error;
    }
}

/// <summary>A condition on one fact alone: evaluated in the alpha network.</summary>
internal sealed class AlphaCondition(Func<object, bool> test, string text, string pattern) : ConditionBase(text, pattern)
{
    public bool IsSatisfiedBy(Session session, object fact)
    {
        try
        {
            return test(fact);
        }
        catch (Exception exception)
        {
            return Fail(session, exception, [fact]);
        }
    }
}

/// <summary>A condition on a fact (or an aggregate result) together with the partial match before it.</summary>
internal sealed class BetaCondition(Func<Token, object, bool> test, string text, string pattern) : ConditionBase(text, pattern)
{
    public bool IsSatisfiedBy(Session session, Token token, object value)
    {
        try
        {
            return test(token, value);
        }
        catch (Exception exception)
        {
            var facts = token.Facts();
            facts.Add(value is AggregateView view ? view.Snapshot() : value);
            return Fail(session, exception, facts);
        }
    }

    public static bool All(BetaCondition[] conditions, Session session, Token token, object value)
    {
        foreach (var condition in conditions)
        {
            if (!condition.IsSatisfiedBy(session, token, value))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The two sides of an equality <c>f(fact) == g(match)</c>, by which a join or an aggregate indexes its memories.</summary>
internal sealed class JoinKey(Func<Token, object?> left, Func<object, object?> right, string text, string pattern) : ConditionBase(text, pattern)
{
    private static readonly object NullKey = new();

    public object LeftKey(Session session, Token token)
    {
        try
        {
            return left(token) ?? NullKey;
        }
        catch (Exception exception)
        {
            Fail(session, exception, token.Facts());
            return Unmatchable();
        }
    }

    public object RightKey(Session session, object fact)
    {
        try
        {
            return right(fact) ?? NullKey;
        }
        catch (Exception exception)
        {
            Fail(session, exception, [fact]);
            return Unmatchable();
        }
    }

    /// <summary>
    /// The key of a side whose key expression failed and was handled: equal to nothing, so the condition counts as false,
    /// as a handled error promises. (A shared null key would join it with genuinely null keys.)
    /// </summary>
    private static object Unmatchable() => new();
}

/// <summary>The grouping key of a fact, for a group-by.</summary>
internal sealed class GroupKey(Func<object, object?> selector, string text, string pattern) : ConditionBase(text, pattern)
{
    public static readonly object NullKey = new();

    /// <summary>The fact's key; false when the key expression failed and the error was handled: the fact joins no group.</summary>
    public bool TryKeyOf(Session session, object fact, out object key)
    {
        try
        {
            key = selector(fact) ?? NullKey;
            return true;
        }
        catch (Exception exception)
        {
            Fail(session, exception, [fact]);
            key = NullKey;
            return false;
        }
    }
}
