using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// A rule variable: the field of a compiler-generated closure (or of the rule itself) that <c>() =&gt; variable</c> names.
/// Two aliases are the same variable when they are the same member of the same object.
/// </summary>
internal sealed class Alias : IEquatable<Alias>
{
    private Alias(object target, MemberInfo member, Type type)
    {
        Target = target;
        Member = member;
        Type = type;
    }

    public object Target { get; }

    public MemberInfo Member { get; }

    public Type Type { get; }

    public string Name => Member.Name;

    /// <summary>Reads <c>() =&gt; variable</c>.</summary>
    public static Alias FromExpression(LambdaExpression alias, string ruleName)
    {
        if (alias.Body is MemberExpression { Member: FieldInfo or PropertyInfo } member
            && member.Expression is not null
            && ClosureValue.TryEvaluate(member.Expression, out var target)
            && target is not null)
        {
            return new Alias(target, member.Member, alias.Body.Type);
        }

        throw new RuleDefinitionException(ruleName, $"'{alias}' does not name a variable; write '() => variable' with a local variable of Define().");
    }

    /// <summary>Whether a member access in a condition or action reads this alias.</summary>
    public bool IsReadBy(MemberExpression node, object? evaluatedTarget) =>
        node.Member == Member && ReferenceEquals(evaluatedTarget, Target);

    public bool Equals(Alias? other) => other is not null && other.Member == Member && ReferenceEquals(other.Target, Target);

    public override bool Equals(object? obj) => Equals(obj as Alias);

    public override int GetHashCode() => HashCode.Combine(Member, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Target));
}
