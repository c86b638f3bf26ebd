using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.Tests.Formulas;

/// <summary>Which fact types and fields a schema exposes to formulas, and which types it refuses.</summary>
public sealed class FormulaSchemaTest
{
    [Fact]
    public void The_built_in_schema_has_every_fact_type_of_PerfRules_Facts()
    {
        var types = FormulaSchema.BuiltInFacts.FactTypes;

        Assert.Contains("BudgetExecution", types);
        Assert.Contains("Disclosure", types);
        Assert.Contains("EvaluatorFinding", types);
        Assert.Contains("Procurement", types);
        Assert.DoesNotContain("IFact", types);
        Assert.DoesNotContain("DisclosureKind", types);
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
    }

    [Fact]
    public void The_built_in_list_of_fact_types_is_every_concrete_fact_type_of_PerfRules_Facts()
    {
        var found = typeof(IFact).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IFact).Namespace && typeof(IFact).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal);

        Assert.Equal(found, FormulaSchema.BuiltInFactTypes);
        Assert.Equal(found.Select(t => t.Name), FormulaSchema.BuiltInFacts.FactTypes);
    }

    [Fact]
    public void The_built_in_schema_is_built_once()
    {
        Assert.Same(FormulaSchema.BuiltInFacts, FormulaSchema.BuiltInFacts);
    }

    [Fact]
    public void Fields_are_public_properties_of_supported_types_including_computed_ones()
    {
        var fields = FormulaSchema.BuiltInFacts.FieldsOf("Disclosure")!;

        Assert.Equal(FormulaType.String, fields["Kind"]);
        Assert.Equal(FormulaType.Date, fields["PublishedOn"]);
        Assert.Equal(FormulaType.Decimal, fields["DayLimit"]);
        Assert.Equal(FormulaType.Boolean, fields["IsPublished"]);
        Assert.Equal(FormulaType.String, fields["Url"]);
    }

    [Fact]
    public void Properties_of_other_types_are_not_fields()
    {
        var fields = FormulaSchema.BuiltInFacts.FieldsOf("EvaluatorFinding")!;

        Assert.Equal(["IndicatorCode", "Points"], fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_fact_type_has_no_fields()
    {
        Assert.Null(FormulaSchema.BuiltInFacts.FieldsOf("Nope"));
        Assert.Null(FormulaSchema.BuiltInFacts.FieldsOf("budgetexecution"));
    }

    [Fact]
    public void A_schema_of_custom_types_exposes_only_those_types()
    {
        var schema = new FormulaSchema([typeof(Procurement)]);

        Assert.Equal(["Procurement"], schema.FactTypes);
        Assert.False(Formula.TryParse("BudgetExecution.ActualExpenditure", schema, out _, out _));
        Assert.True(Formula.TryParse("Procurement.Actual", schema, out _, out _));
    }

    [Fact]
    public void Every_supported_property_type_reads_correctly()
    {
        var schema = new FormulaSchema([typeof(AllKinds)]);
        var scope = new FormulaScope([new AllKinds(7, 8L, 1.5m, null, true, null, "x", DayOfWeek.Friday, null, new DateOnly(2024, 2, 29), 9.5)]);

        Assert.Equal(7m, Formula.Parse("AllKinds.Int", schema).Evaluate(scope).AsDecimal());
        Assert.Equal(8m, Formula.Parse("AllKinds.Long", schema).Evaluate(scope).AsDecimal());
        Assert.Equal(1.5m, Formula.Parse("AllKinds.Decimal", schema).Evaluate(scope).AsDecimal());
        Assert.True(Formula.Parse("AllKinds.NullableInt == null", schema).Evaluate(scope).AsBoolean());
        Assert.True(Formula.Parse("AllKinds.Bool", schema).Evaluate(scope).AsBoolean());
        Assert.True(Formula.Parse("AllKinds.NullableBool == null", schema).Evaluate(scope).AsBoolean());
        Assert.Equal("x", Formula.Parse("AllKinds.Text", schema).Evaluate(scope).AsString());
        Assert.Equal("Friday", Formula.Parse("AllKinds.Day", schema).Evaluate(scope).AsString());
        Assert.True(Formula.Parse("AllKinds.NullableDay == null", schema).Evaluate(scope).AsBoolean());
        Assert.Equal(new DateOnly(2024, 2, 29), Formula.Parse("AllKinds.Date", schema).Evaluate(scope).AsDate());
        Assert.DoesNotContain("Double", schema.FieldsOf("AllKinds")!.Keys);
    }

    [Fact]
    public void Facts_of_a_derived_type_are_seen_through_their_base_type()
    {
        var schema = new FormulaSchema([typeof(BaseFact)]);
        var value = Formula.Parse("sum(BaseFact.Amount)", schema).Evaluate(new FormulaScope([new DerivedFact(2m), new DerivedFact(3m)]));
        Assert.Equal(5m, value.AsDecimal());
    }

    [Fact]
    public void Two_types_with_the_same_name_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new FormulaSchema([typeof(Procurement), typeof(Other.Procurement)]));
        Assert.Contains("Two fact types are named Procurement", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_types_and_null_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new FormulaSchema([typeof(List<int>)]));
        Assert.Throws<ArgumentNullException>(() => new FormulaSchema([null!]));
        Assert.Throws<ArgumentNullException>(() => new FormulaSchema(null!));
    }

    [Fact]
    public void A_type_named_after_a_keyword_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FormulaSchema([typeof(Other.Where)]));
    }

    public sealed record AllKinds(
        int Int, long Long, decimal Decimal, int? NullableInt, bool Bool, bool? NullableBool, string? Text,
        DayOfWeek Day, DayOfWeek? NullableDay, DateOnly Date, double Double);

    public abstract record BaseFact(decimal Amount);

    public sealed record DerivedFact(decimal Amount) : BaseFact(Amount);
}
