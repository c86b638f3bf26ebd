using System.Reflection;
using PerfRules.Engine.Compilation;

namespace PerfRules.Engine;

/// <summary>
/// Collects rules and compiles them into an <see cref="ISessionFactory"/>.
/// </summary>
/// <remarks>
/// Rules are defined (their <see cref="Rule.Define"/> runs) when they are added. Not thread-safe while rules are being
/// added; the factory that <see cref="Compile"/> returns is.
/// </remarks>
public sealed class RuleRepository
{
    private readonly Func<Type, Rule> _activator;
    private readonly List<RuleDefinitionBuilder> _rules = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Creates a repository that constructs rule types with their public parameterless constructor.</summary>
    public RuleRepository()
        : this(null)
    {
    }

    /// <summary>Creates a repository that constructs rule types through <paramref name="activator"/> (for example a DI container).</summary>
    /// <param name="activator">Builds a rule from its type; <see langword="null"/> for the parameterless constructor.</param>
    public RuleRepository(Func<Type, Rule>? activator) =>
        _activator = activator ?? (type => (Rule)(Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Could not construct rule type '{type.FullName}'.")));

    /// <summary>The names of the rules added so far, in order.</summary>
    public IReadOnlyList<string> RuleNames => _rules.Select(r => r.Name).ToArray();

    /// <summary>Adds rule instances and defines them.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This repository.</returns>
    /// <exception cref="ArgumentException">A rule's name is already in the repository.</exception>
    /// <exception cref="RuleDefinitionException">A rule's definition is invalid.</exception>
    public RuleRepository Add(params Rule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule);
            var definition = rule.Build();
            if (!_names.Add(definition.Name))
            {
                throw new ArgumentException($"A rule named '{definition.Name}' is already in the repository; rule names must be unique.", nameof(rules));
            }

            _rules.Add(definition);
        }

        return this;
    }

    /// <summary>Constructs the given rule types through the activator, and adds them.</summary>
    /// <param name="ruleTypes">Concrete subclasses of <see cref="Rule"/>.</param>
    /// <returns>This repository.</returns>
    /// <exception cref="ArgumentException">A type is not a concrete rule type.</exception>
    public RuleRepository Add(IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes)
        {
            if (!IsRuleType(type))
            {
                throw new ArgumentException($"Type '{type.FullName}' is not a concrete subclass of {nameof(Rule)}.", nameof(ruleTypes));
            }

            Add(_activator(type));
        }

        return this;
    }

    /// <summary>Adds every concrete rule type in an assembly that passes the filter, in the order of their full names.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="filter">Which types to take; <see langword="null"/> for all.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(Assembly assembly, Func<Type, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(IsRuleType)
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Where(filter ?? (_ => true))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        return Add(types);
    }

    /// <summary>Compiles the rules into a Rete network.</summary>
    /// <returns>An immutable, thread-safe session factory.</returns>
    /// <exception cref="RuleDefinitionException">A rule cannot be compiled; the message names it.</exception>
    public ISessionFactory Compile() => new NetworkBuilder().Build(_rules);

    private static bool IsRuleType(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);
}
