using PerfRules.Engine.Tests.Repository.Duplicates;
using PerfRules.Engine.Tests.Repository.Loadable;

namespace PerfRules.Engine.Tests.Repository;

/// <summary>Loading rule types from an assembly, through an activator, and rejecting duplicate names.</summary>
public sealed class RuleRepositoryTest
{
    private static bool InNamespaceOf<T>(Type type) => type.Namespace == typeof(T).Namespace;

    [Fact]
    public void Load_FilterByNamespace_AddsConcreteRuleTypesInFullNameOrder()
    {
        var repository = new RuleRepository().Load(typeof(HeavyParcelRule).Assembly, InNamespaceOf<HeavyParcelRule>);

        Assert.Equal(
            ["Weigh parcels", typeof(HeavyParcelRule).FullName!, typeof(LightParcelRule).FullName!],
            repository.RuleNames);
    }

    [Fact]
    public void Load_ActivatorGiven_EveryRuleTypeIsConstructedThroughIt()
    {
        var constructed = new List<Type>();
        var repository = new RuleRepository(type =>
        {
            constructed.Add(type);
            return (Rule)Activator.CreateInstance(type)!;
        });

        repository.Load(typeof(HeavyParcelRule).Assembly, InNamespaceOf<HeavyParcelRule>);

        Assert.Equal(3, constructed.Count);
        Assert.Equal(
            [typeof(AnnotatedParcelRule), typeof(HeavyParcelRule), typeof(LightParcelRule)],
            constructed);
    }

    [Fact]
    public void Add_TypesGiven_ActivatorBuildsThem()
    {
        var calls = 0;
        var repository = new RuleRepository(type =>
        {
            calls++;
            return (Rule)Activator.CreateInstance(type)!;
        });

        repository.Add([typeof(LightParcelRule), typeof(HeavyParcelRule)]);

        Assert.Equal(2, calls);
        Assert.Equal([typeof(LightParcelRule).FullName!, typeof(HeavyParcelRule).FullName!], repository.RuleNames);
    }

    [Fact]
    public void Add_TypeThatIsNotAConcreteRule_Throws()
    {
        var repository = new RuleRepository();

        Assert.Throws<ArgumentException>(() => repository.Add([typeof(ParcelRuleBase)]));
        Assert.Throws<ArgumentException>(() => repository.Add([typeof(Parcel)]));
    }

    [Fact]
    public void Fire_LoadedRules_RunInASession()
    {
        var factory = new RuleRepository().Load(typeof(HeavyParcelRule).Assembly, InNamespaceOf<HeavyParcelRule>).Compile();
        var session = factory.CreateSession();

        session.InsertAll([new Parcel(30), new Parcel(5)]);
        session.Fire();

        Assert.Equal(
            ["heavy", "light", "weighed", "weighed"],
            session.Query<Label>().Select(l => l.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_TwoTypesWithTheSameName_ThrowsArgumentException()
    {
        var repository = new RuleRepository();

        var ex = Assert.Throws<ArgumentException>(
            () => repository.Load(typeof(FirstSameNameRule).Assembly, InNamespaceOf<FirstSameNameRule>));

        Assert.Contains("Same name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SameRuleTypeTwice_ThrowsArgumentException()
    {
        var repository = new RuleRepository().Add(new HeavyParcelRule());

        Assert.Throws<ArgumentException>(() => repository.Add(new HeavyParcelRule()));
        Assert.Equal([typeof(HeavyParcelRule).FullName!], repository.RuleNames);
    }
}
