using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.Tests.Formulas;

/// <summary>A schema compiles a field's read when a formula first reads it, not when the schema is built.</summary>
public sealed class FieldAccessorTest
{
    [Fact]
    public void A_new_schema_has_compiled_no_field()
    {
        var schema = new FormulaSchema([typeof(Procurement)]);

        Assert.True(schema.TryGetFactType(nameof(Procurement), out var info));
        Assert.All(info.Fields.Values, field => Assert.False(field.IsCompiled));
    }

    [Fact]
    public void Evaluating_a_formula_compiles_the_fields_it_reads_and_no_other()
    {
        var schema = new FormulaSchema([typeof(Procurement)]);
        var formula = Formula.Parse("Procurement.Actual / 2", schema);

        var value = formula.Evaluate(new FormulaScope([new Procurement(Planned: 100m, Actual: 80m)]));

        Assert.Equal(40m, value.AsDecimal());
        schema.TryGetFactType(nameof(Procurement), out var info);
        Assert.True(info.Fields[nameof(Procurement.Actual)].IsCompiled);
        Assert.False(info.Fields[nameof(Procurement.Planned)].IsCompiled);
    }

    [Fact]
    public void Eight_threads_reading_a_field_first_all_get_its_value()
    {
        var schema = new FormulaSchema([typeof(Procurement)]);
        schema.TryGetFactType(nameof(Procurement), out var info);
        var actual = info.Fields[nameof(Procurement.Actual)];
        var values = new FormulaValue?[8];
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            values[t] = actual.Read(new Procurement(Planned: 10m, Actual: t));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Enumerable.Range(0, 8).Select(t => (decimal)t), values.Select(v => v!.AsDecimal()));
        Assert.True(actual.IsCompiled);
    }
}
