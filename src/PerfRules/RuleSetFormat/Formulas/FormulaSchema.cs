using System.Collections.ObjectModel;
using System.Reflection;
using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// The fact types and fields formulas may read: each type by its simple name (<c>BudgetExecution</c>), each field by
/// its property name (<c>ActualExpenditure</c>). Only public instance properties of types a formula can compute with
/// are fields: decimal and integer types (read as decimals), bool, string, <see cref="DateOnly"/>, enums (read as
/// their member names, e.g. <c>"Budget"</c>), and their nullable forms. Other properties (lists, localized texts) are
/// not visible to formulas.
/// </summary>
/// <remarks>
/// Property reads are compiled into delegates once, the first time a formula reads them; build a schema once and share
/// it.
/// Immutable and thread-safe.
/// </remarks>
public sealed class FormulaSchema
{
    // Listed rather than found by reflection: listing the assembly's exported types loads every one of them, about a
    // tenth of a cold JSON load. A test checks the list against the types reflection finds.
    private static readonly Lazy<FormulaSchema> BuiltIn = new(() => new FormulaSchema(BuiltInFactTypes));

    private readonly Dictionary<string, FactTypeInfo> _types;

    /// <summary>Builds a schema of the given fact types.</summary>
    /// <param name="factTypes">The fact types: non-generic, named with English letters, digits and underscores, no two with the same name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factTypes"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A type is generic, two types share a name, or a name is a keyword of the formula language (and, or, not, where, true, false, null).</exception>
    public FormulaSchema(IEnumerable<Type> factTypes)
    {
        ArgumentNullException.ThrowIfNull(factTypes);
        _types = new Dictionary<string, FactTypeInfo>(StringComparer.Ordinal);
        foreach (var type in factTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(factTypes));
            if (type.IsGenericType || !IsName(type.Name))
            {
                throw new ArgumentException($"The fact type {type} cannot be named in a formula: use a non-generic type named with English letters, digits and underscores, and not named after a keyword.", nameof(factTypes));
            }

            if (_types.ContainsKey(type.Name))
            {
                throw new ArgumentException($"Two fact types are named {type.Name}: formulas name fact types by their simple names, which must be unique.", nameof(factTypes));
            }

            _types.Add(type.Name, Describe(type));
        }

        FactTypes = [.. _types.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The schema of every built-in fact type (namespace <c>PerfRules.Facts</c>: BudgetExecution, Disclosure,
    /// EvaluatorFinding, Procurement, …), built once.
    /// </summary>
    public static FormulaSchema BuiltInFacts => BuiltIn.Value;

    /// <summary>The concrete fact types of <c>PerfRules.Facts</c>, in ordinal order of their names.</summary>
    internal static Type[] BuiltInFactTypes =>
    [
        typeof(AccountabilityFinding), typeof(BudgetExecution), typeof(BudgetLineItem), typeof(ChecklistAnswer), typeof(Commendation),
        typeof(Disclosure), typeof(EvaluationContext), typeof(EvaluatorFinding), typeof(ExternalAssessment), typeof(FixedAssets),
        typeof(IdleTreasuryFunds), typeof(OperatingExpenses), typeof(PetitionHandling), typeof(Procurement), typeof(ProjectTimeliness),
        typeof(SelfAssessedScore), typeof(SelfEvaluationGroup), typeof(SelfEvaluationSubmission), typeof(StatedRate),
        typeof(SubordinateBudgetApproval), typeof(TargetAchievement), typeof(ThreePublicExpenses), typeof(TransferPayment),
        typeof(TransferPaymentScope),
    ];

    /// <summary>The names of the fact types, in ordinal order.</summary>
    public IReadOnlyList<string> FactTypes { get; }

    /// <summary>The fields of a fact type and their types.</summary>
    /// <param name="factType">The fact type's name, e.g. <c>Disclosure</c> (case-sensitive).</param>
    /// <returns>The fields by name, or null when the schema has no such fact type.</returns>
    public IReadOnlyDictionary<string, FormulaType>? FieldsOf(string factType) =>
        _types.TryGetValue(factType, out var info)
            ? new ReadOnlyDictionary<string, FormulaType>(info.Fields.ToDictionary(f => f.Key, f => f.Value.Type, StringComparer.Ordinal))
            : null;

    internal bool TryGetFactType(string name, out FactTypeInfo info) => _types.TryGetValue(name, out info!);

    private static FactTypeInfo Describe(Type type)
    {
        var fields = new Dictionary<string, FieldAccessor>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && IsName(property.Name)
                && !fields.ContainsKey(property.Name)
                && FieldAccessor.TryCreate(type.Name, type, property) is { } accessor)
            {
                fields.Add(property.Name, accessor);
            }
        }

        return new FactTypeInfo(type.Name, type, fields);
    }

    // The lexer reads names as ASCII letters, digits and underscores; a keyword would never reach the checker as a name.
    private static bool IsName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !Lexer.IsKeyword(name);
    }
}
