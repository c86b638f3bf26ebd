// Rule types that RuleRepositoryLoadTest finds by scanning this assembly; each namespace is one scan's filter.
namespace PerfRules.Engine.Tests.Repository.Loadable
{
    public sealed class Parcel(int weight)
    {
        public int Weight { get; } = weight;
    }

    public sealed class HeavyParcelRule : Rule
    {
        public override void Define()
        {
            Parcel parcel = null!;
            When().Match(() => parcel, p => p.Weight > 20);
            Then().Do(ctx => ctx.Insert(new Label("heavy")));
        }
    }

    public sealed class LightParcelRule : Rule
    {
        public override void Define()
        {
            Parcel parcel = null!;
            When().Match(() => parcel, p => p.Weight <= 20);
            Then().Do(ctx => ctx.Insert(new Label("light")));
        }
    }

    public sealed record Label(string Text);

    [Name("Weigh parcels"), Description("Labels every parcel 重量 (weight) class."), Tag("logistics"), Tag("weight"), Priority(5)]
    public sealed class AnnotatedParcelRule : Rule
    {
        public override void Define()
        {
            Parcel parcel = null!;
            When().Match(() => parcel);
            Then().Do(ctx => ctx.Insert(new Label("weighed")));
        }
    }

    /// <summary>Abstract: the scan must skip it.</summary>
    public abstract class ParcelRuleBase : Rule
    {
    }

    /// <summary>Open generic: the scan must skip it.</summary>
    public sealed class GenericParcelRule<T> : Rule
        where T : class
    {
        public override void Define()
        {
            T fact = null!;
            When().Match(() => fact);
            Then().Do(ctx => ctx.Insert(new Label("generic")));
        }
    }
}

namespace PerfRules.Engine.Tests.Repository.Duplicates
{
    public sealed class Stamp
    {
    }

    [Name("Same name")]
    public sealed class FirstSameNameRule : Rule
    {
        public override void Define()
        {
            Stamp stamp = null!;
            When().Match(() => stamp);
            Then().Do(ctx => ctx.Retract(stamp));
        }
    }

    [Name("Same name")]
    public sealed class SecondSameNameRule : Rule
    {
        public override void Define()
        {
            Stamp stamp = null!;
            When().Match(() => stamp);
            Then().Do(ctx => ctx.Retract(stamp));
        }
    }
}
