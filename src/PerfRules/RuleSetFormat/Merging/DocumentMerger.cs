using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Merging;

/// <summary>
/// Resolves <c>extends</c>: a county's document laid over its province's (and that one over its own base, if any). The
/// rules, which docs/rule-set-format.md states for authors:
/// <list type="bullet">
/// <item>The child's id and version are its own. Every other top-level value the child writes (name, jurisdiction,
/// effectiveYear, maximumScore, grades, adjustments, convertOverApplicablePoints) replaces the base's whole; what it
/// leaves out is inherited.</item>
/// <item>Labels merge by key; the child's win.</item>
/// <item>Indicators merge by code. A child row with a base row's code overrides it field by field (a scoring block or a
/// notApplicable condition is replaced whole); <c>"remove": true</c> drops the base row and every row below it; a new
/// code is added. Rows keep the base's order, new rows follow.</item>
/// <item>Reallocations merge by id: a child reallocation with a base one's id replaces it, <c>"remove": true</c> drops
/// it; the others are added.</item>
/// </list>
/// </summary>
internal static class DocumentMerger
{
    public static RuleSetDocument? Resolve(RuleSetDocument document, IReadOnlyList<RuleSetDocument> bases, Diagnostics diagnostics) =>
        Resolve(document, bases, diagnostics, [document.Id]);

    private static RuleSetDocument? Resolve(RuleSetDocument document, IReadOnlyList<RuleSetDocument> bases, Diagnostics diagnostics, List<string> chain)
    {
        if (document.Extends is not { } baseId)
        {
            return document;
        }

        var at = document.ExtendsLocation ?? document.Location;
        if (chain.Contains(baseId, StringComparer.Ordinal))
        {
            diagnostics.Error(at, $"扩展关系成环：{string.Join(" → ", chain)} → {baseId}", $"the extends chain is a cycle: {string.Join(" → ", chain)} → {baseId}");
            return null;
        }

        if (chain.Count > RuleSetJson.MaxExtendsDepth)
        {
            diagnostics.Error(at, $"扩展层级超过{RuleSetJson.MaxExtendsDepth}层：{string.Join(" → ", chain)}", $"the extends chain is more than {RuleSetJson.MaxExtendsDepth} deep: {string.Join(" → ", chain)}");
            return null;
        }

        var candidates = bases.Where(b => string.Equals(b.Id, baseId, StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            var known = bases.Count == 0 ? "（未提供任何基础规则集）" : "：" + string.Join("、", bases.Select(b => b.Id));
            var knownEn = bases.Count == 0 ? " (no base rule set was given)" : ": " + string.Join(", ", bases.Select(b => b.Id));
            diagnostics.Error(at, $"找不到要扩展的规则集“{baseId}”；可用的基础规则集{known}", $"the rule set \"{baseId}\" to extend was not found; the base rule sets are{knownEn}");
            return null;
        }

        if (candidates.Count > 1)
        {
            diagnostics.Error(at, $"有{candidates.Count}个标识为“{baseId}”的基础规则集，无法确定扩展哪一个", $"{candidates.Count} base rule sets have the id \"{baseId}\": which one to extend is ambiguous");
            return null;
        }

        var resolvedBase = Resolve(candidates[0], bases, diagnostics, [.. chain, baseId]);
        return resolvedBase is null ? null : Merge(resolvedBase, document, diagnostics);
    }

    private static RuleSetDocument Merge(RuleSetDocument parent, RuleSetDocument child, Diagnostics diagnostics)
    {
        var rows = parent.Indicators.ToList();
        foreach (var row in child.Indicators)
        {
            var index = rows.FindIndex(r => r.Code == row.Code);
            if (row.IsRemoved)
            {
                if (index < 0)
                {
                    diagnostics.Error(row.Location, $"基础规则集“{parent.Id}”中没有指标{row.Code}，无法删除", $"the base rule set \"{parent.Id}\" has no indicator {row.Code} to remove");
                    continue;
                }

                rows.RemoveAll(r => r.Code == row.Code || r.Code.StartsWith(row.Code + ".", StringComparison.Ordinal));
            }
            else if (index >= 0)
            {
                rows[index] = rows[index].OverriddenBy(row);
            }
            else
            {
                rows.Add(row);
            }
        }

        var reallocations = parent.Reallocations.ToList();
        foreach (var reallocation in child.Reallocations)
        {
            var index = reallocation.Id is null ? -1 : reallocations.FindIndex(r => r.Id == reallocation.Id);
            if (reallocation.Remove)
            {
                if (index < 0)
                {
                    diagnostics.Error(reallocation.Location, $"基础规则集“{parent.Id}”中没有id为“{reallocation.Id}”的分值调整，无法删除", $"the base rule set \"{parent.Id}\" has no reallocation \"{reallocation.Id}\" to remove");
                }
                else
                {
                    reallocations.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                reallocations[index] = reallocation;
            }
            else
            {
                reallocations.Add(reallocation);
            }
        }

        var childKeys = child.Labels.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        return new RuleSetDocument(
            child.Source,
            child.Id,
            child.Version ?? parent.Version,
            child.Name ?? parent.Name,
            child.Extends,
            child.Jurisdiction ?? parent.Jurisdiction,
            child.EffectiveYear ?? parent.EffectiveYear,
            child.MaximumScore ?? parent.MaximumScore,
            child.ConvertOverApplicablePoints ?? parent.ConvertOverApplicablePoints,
            child.Grades ?? parent.Grades,
            child.Adjustments ?? parent.Adjustments,
            [.. parent.Labels.Where(l => !childKeys.Contains(l.Key)), .. child.Labels],
            rows,
            reallocations,
            [.. parent.FormulaTexts, .. child.FormulaTexts],
            child.Location,
            child.ExtendsLocation,
            child.MaximumScore is null ? parent.MaximumScoreLocation : child.MaximumScoreLocation);
    }
}
