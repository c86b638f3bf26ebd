using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>Where an indicator sits in its table: computed once per rule set, so scorecards do not rebuild it per evaluation.</summary>
internal sealed record IndicatorLayout(IndicatorDefinition Definition, LocalizedText Path, bool IsLeaf, int Position)
{
    /// <remarks>
    /// The tree lists a parent before its children, so each path extends its parent's: one pass, rather than walking up
    /// from every indicator.
    /// </remarks>
    public static IReadOnlyDictionary<string, IndicatorLayout> Of(IndicatorTree tree)
    {
        var layouts = new Dictionary<string, IndicatorLayout>(tree.All.Count, StringComparer.Ordinal);
        for (var i = 0; i < tree.All.Count; i++)
        {
            var definition = tree.All[i];
            var (chinese, english) = (definition.Name.Chinese, definition.Name.Get(Language.English));
            var path = definition.ParentCode is { } parentCode && layouts.TryGetValue(parentCode, out var parent)
                ? new LocalizedText(parent.Path.Chinese + Separator + chinese, parent.Path.Get(Language.English) + Separator + english)
                : new LocalizedText(chinese, english);
            layouts.Add(definition.Code, new IndicatorLayout(definition, path, tree.Children(definition.Code).Count == 0, i));
        }

        return layouts;
    }

    /// <summary>Between the names of a path, as <see cref="IndicatorTree.Path"/> writes it.</summary>
    private const string Separator = " / ";
}
