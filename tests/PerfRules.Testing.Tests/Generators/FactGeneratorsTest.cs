using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Facts;
using PerfRules.Testing.Generators;

namespace PerfRules.Testing.Tests.Generators;

public sealed class FactGeneratorsTest
{
    private static readonly Type[] FactTypes =
        [.. typeof(IFact).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IFact).IsAssignableFrom(t)).OrderBy(t => t.Name)];

    public static TheoryData<string> FactTypeNames() => [.. FactTypes.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(FactTypeNames))]
    public void Every_fact_type_has_a_generator_and_an_arbitrary_named_after_it(string name)
    {
        var type = FactTypes.Single(t => t.Name == name);

        var generator = typeof(FactGenerators).GetMethod(name, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        var arbitrary = typeof(FactArbitraries).GetMethod(name, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);

        Assert.True(generator is not null, $"FactGenerators.{name}() is missing: add a generator for the new fact type.");
        Assert.Equal(typeof(Gen<>).MakeGenericType(type), generator.ReturnType);
        Assert.True(arbitrary is not null, $"FactArbitraries.{name}() is missing.");
        Assert.Equal(typeof(Arbitrary<>).MakeGenericType(type), arbitrary.ReturnType);
    }

    [Fact]
    public void Every_generated_fact_passes_its_own_validation()
    {
        Prop.ForAll(Arb.From(FactGenerators.AnyFact()), fact => fact.Validate().Count == 0)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Any_fact_covers_every_fact_type()
    {
        var seen = FactGenerators.AnyFact().Sample(2000).Select(f => f.GetType()).ToHashSet();

        Assert.Equal(FactTypes.ToHashSet(), seen);
    }

    [Fact]
    public void Amounts_are_yuan_with_cents_from_0_to_a_billion_across_every_magnitude()
    {
        var amounts = Magnitudes.Amount().Sample(3000);

        Assert.All(amounts, a => Assert.InRange(a, 0m, Magnitudes.MaxAmount));
        Assert.All(amounts, a => Assert.Equal(Math.Round(a, 2), a));
        Assert.Contains(0m, amounts);
        Assert.Contains(amounts, a => a is > 0m and < 100m);
        Assert.Contains(amounts, a => a > 100_000_000m);
    }

    [Fact]
    public void Budget_execution_obeys_the_fiscal_identity_and_spends_no_more_than_is_available()
    {
        Prop.ForAll(Arb.From(FactGenerators.BudgetExecution()), b =>
                b.OpeningFiscalCarryOver + b.GeneralPublicBudgetAppropriation + b.GovernmentFundAppropriation - b.ActualExpenditure == b.ClosingFiscalCarryOver
                && b.ClosingFiscalCarryOver >= 0m)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Publications_never_precede_their_approval()
    {
        Prop.ForAll(Arb.From(FactGenerators.Disclosure()), d => d.PublishedOn is not { } published || published >= d.ApprovedOn)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void The_arbitraries_register_with_FsCheck_so_properties_draw_realistic_facts()
    {
        var config = Config.QuickThrowOnFailure.WithArbitrary([typeof(FactArbitraries)]).WithMaxTest(300);

        Prop.ForAll((FixedAssets assets) => assets.InUseOriginalValue <= assets.OriginalValue && assets.OriginalValue <= Magnitudes.MaxAmount)
            .Check(config);
    }
}
