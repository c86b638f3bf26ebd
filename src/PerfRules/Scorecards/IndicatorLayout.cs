using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>Where an indicator sits in its table: computed once per rule set, so scorecards do not rebuild it per evaluation.</summary>
internal sealed record IndicatorLayout(IndicatorDefinition Definition, LocalizedText Path, bool IsLeaf, int Position)
{
    public static IReadOnlyDictionary<string, IndicatorLayout> Of(IndicatorTree tree) =>
        tree.All
            .Select((d, i) => new IndicatorLayout(
                d,
                new LocalizedText(tree.Path(d.Code), tree.Path(d.Code, Language.English)),
                tree.Children(d.Code).Count == 0,
                i))
            .ToDictionary(l => l.Definition.Code, StringComparer.Ordinal);
}
