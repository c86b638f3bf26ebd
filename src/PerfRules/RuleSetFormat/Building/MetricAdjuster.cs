using System.Text.Json;
using System.Text.Json.Nodes;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Moves a declared metric to a wanted value, for boundary tests and gain analysis, in the common case the formula allows
/// it: a ratio whose numerator is one field of the single fact of a type, <c>T.F / expression</c>, where the expression
/// does not read <c>T.F</c>. The numerator is set to value × denominator; the denominator stays as it is. Any other
/// formula cannot be moved (<see cref="For"/> gives null), and neither can a value that needs a negative amount or a
/// denominator that is not positive.
/// </summary>
/// <remarks>
/// The changed fact is made by writing the fact as a facts file, changing the field and reading it back
/// (<see cref="FactsJson"/>), so the fact's own constructor checks run and no setter is called by reflection. Immutable
/// and thread-safe.
/// </remarks>
internal sealed class MetricAdjuster
{
    private readonly Type _factType;
    private readonly string _factTypeName;
    private readonly string _field;
    private readonly Formula _numerator;
    private readonly Formula _denominator;

    private MetricAdjuster(Type factType, string factTypeName, string field, Formula numerator, Formula denominator)
    {
        _factType = factType;
        _factTypeName = factTypeName;
        _field = field;
        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>The adjuster of a metric formula, or null when the formula is not a ratio it can move.</summary>
    public static MetricAdjuster? For(Formula metric, FormulaCache cache)
    {
        if (metric.Syntax is not BinaryNode { Operator: BinaryOperator.Divide, Left: MemberNode { Target: NameNode type } left } ratio
            || !cache.Schema.TryGetFactType(type.Name, out var info)
            || !info.Fields.TryGetValue(left.Member, out var field)
            || field.Type != FormulaType.Decimal)
        {
            return null;
        }

        if (!cache.TryParse(SyntaxPrinter.Print(left), out var numerator, out _)
            || !cache.TryParse(SyntaxPrinter.Print(ratio.Right), out var denominator, out _)
            || denominator.References.Contains(new FormulaReference(type.Name, left.Member)))
        {
            return null;
        }

        return new MetricAdjuster(info.Type, type.Name, left.Member, numerator, denominator);
    }

    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        var targets = facts.Where(_factType.IsInstanceOfType).ToList();
        if (targets.Count != 1)
        {
            return null;
        }

        var scope = new FormulaScope(facts);
        var denominator = _denominator.Evaluate(scope);
        var before = _numerator.Evaluate(scope);
        if (denominator.Kind != FormulaValueKind.Decimal || before.Kind != FormulaValueKind.Decimal || denominator.AsDecimal() <= 0m)
        {
            return null;
        }

        var wanted = value * denominator.AsDecimal();
        if (wanted < 0m || With(targets[0], wanted) is not { } changed)
        {
            return null;
        }

        return new MetricAdjustment(
            [.. facts.Select(f => ReferenceEquals(f, targets[0]) ? changed : f)], _factTypeName, _field, before.AsDecimal(), wanted);
    }

    private object? With(object fact, decimal value)
    {
        var type = fact.GetType();
        try
        {
            var file = JsonNode.Parse(FactsJson.Write([fact]))!;
            var item = file["facts"]![0]!.AsObject();
            var name = JsonNamingPolicy.CamelCase.ConvertName(_field);
            if (!item.ContainsKey(name))
            {
                // A computed property (EffectiveBudget and the like) cannot be set.
                return null;
            }

            var property = type.GetProperty(_field);
            var underlying = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (underlying != typeof(decimal) && value != decimal.Truncate(value))
            {
                return null;
            }

            item[name] = JsonValue.Create(value);
            var more = FactsJson.StandardFactTypes.Contains(type) ? null : new[] { type };
            return FactsJson.Read(file.ToJsonString(), null, more) is [var read] ? read : null;
        }
        catch (Exception exception) when (exception is FactsFileException or JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
