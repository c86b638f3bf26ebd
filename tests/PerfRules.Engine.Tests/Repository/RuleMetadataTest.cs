using PerfRules.Engine.Tests.Repository.Loadable;

namespace PerfRules.Engine.Tests.Repository;

/// <summary>[Name], [Description], [Tag] and [Priority] reach <see cref="ISessionFactory.Rules"/> and the events.</summary>
public sealed class RuleMetadataTest
{
    public sealed class NamedAfterInstanceRule(string name) : Rule
    {
        public override string Name => name;

        public override string Description => "instance " + name;

        public override IReadOnlyList<string> Tags => ["dynamic"];

        public override void Define()
        {
            Parcel parcel = null!;
            When().Match(() => parcel);
            Then().Do(ctx => ctx.Insert(new Label(name)));
        }
    }

    [Fact]
    public void Compile_AttributedRule_MetadataVisibleInFactoryRules()
    {
        var factory = new RuleRepository().Add(new AnnotatedParcelRule()).Compile();

        var rule = Assert.Single(factory.Rules);
        Assert.Equal("Weigh parcels", rule.Name);
        Assert.Equal("Labels every parcel 重量 (weight) class.", rule.Description);
        Assert.Equal(["logistics", "weight"], rule.Tags);
        Assert.Equal(5, rule.Priority);
    }

    [Fact]
    public void Compile_UnattributedRule_DefaultsToFullTypeNameNoDescriptionNoTagsPriorityZero()
    {
        var factory = new RuleRepository().Add(new HeavyParcelRule()).Compile();

        var rule = Assert.Single(factory.Rules);
        Assert.Equal(typeof(HeavyParcelRule).FullName, rule.Name);
        Assert.Equal(string.Empty, rule.Description);
        Assert.Empty(rule.Tags);
        Assert.Equal(0, rule.Priority);
    }

    [Fact]
    public void Compile_SeveralRules_FactoryRulesInRepositoryOrder()
    {
        var factory = new RuleRepository()
            .Add(new NamedAfterInstanceRule("b"), new AnnotatedParcelRule(), new NamedAfterInstanceRule("a"))
            .Compile();

        Assert.Equal(["b", "Weigh parcels", "a"], factory.Rules.Select(r => r.Name));
        Assert.Equal("instance b", factory.Rules[0].Description);
        Assert.Equal(["dynamic"], factory.Rules[0].Tags);
    }

    [Fact]
    public void Fire_RuleFiredEvent_CarriesTheSameMetadata()
    {
        var factory = new RuleRepository().Add(new AnnotatedParcelRule()).Compile();
        var session = factory.CreateSession();
        var fired = new List<IRuleDefinition>();
        session.RuleFired += (_, e) => fired.Add(e.Rule);

        session.Insert(new Parcel(1));
        session.Fire();

        var rule = Assert.Single(fired);
        Assert.Equal("Weigh parcels", rule.Name);
        Assert.Equal(["logistics", "weight"], rule.Tags);
        Assert.Equal(5, rule.Priority);
    }
}
