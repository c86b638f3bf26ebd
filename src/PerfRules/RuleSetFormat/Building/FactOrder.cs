using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// The order in which a document's loops take the facts of a list: by the fields the author names, then by every other
/// field, so that notes and deductions never depend on the order the facts were given in. An empty field comes first
/// (as in an ordering by a nullable field); text compares ordinally.
/// </summary>
internal static class FactOrder
{
    public static List<object> Sort(IEnumerable<object> facts, FactTypeInfo type, IReadOnlyList<FieldAccessor> orderBy)
    {
        var keys = orderBy.Concat(type.Fields.Values.Where(f => !orderBy.Contains(f)).OrderBy(f => f.Name, StringComparer.Ordinal)).ToList();
        var sorted = facts.ToList();
        sorted.Sort((a, b) =>
        {
            foreach (var key in keys)
            {
                var c = Compare(key.Read(a), key.Read(b));
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });
        return sorted;
    }

    private static int Compare(FormulaValue? a, FormulaValue? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        return a.Kind switch
        {
            FormulaValueKind.Decimal or FormulaValueKind.Boolean => decimal.Compare(a.Number, b.Number),
            FormulaValueKind.Date => a.Date.CompareTo(b.Date),
            _ => string.CompareOrdinal(a.Text, b.Text),
        };
    }
}
