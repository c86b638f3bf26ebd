namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>A fact type a formula may name, with the fields it may read.</summary>
internal sealed class FactTypeInfo(string name, Type type, IReadOnlyDictionary<string, FieldAccessor> fields)
{
    public string Name { get; } = name;

    public Type Type { get; } = type;

    public IReadOnlyDictionary<string, FieldAccessor> Fields { get; } = fields;
}
