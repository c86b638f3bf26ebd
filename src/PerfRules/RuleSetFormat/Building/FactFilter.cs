using System.Collections.Concurrent;
using PerfRules.Facts;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Which facts a declared rule collects: every fact of a type its formulas read, and the facts of the types its block
/// reads for its own code only (a checklist's ChecklistAnswers, a findings block's EvaluatorFindings). Nothing else, so a
/// rule fires again only when something it reads changes.
/// </summary>
/// <remarks>Thread-safe: the per-type answers are cached in a concurrent dictionary.</remarks>
internal sealed class FactFilter(IReadOnlyCollection<Type> anyCode, IReadOnlyCollection<Type> ownCode, string? code)
{
    private const int None = 0;
    private const int Any = 1;
    private const int Own = 2;

    private readonly ConcurrentDictionary<Type, int> _kinds = new();

    public bool Accepts(object fact)
    {
        var kind = _kinds.GetOrAdd(fact.GetType(), Classify);
        return kind == Any || (kind == Own && fact is IIndicatorFact own && own.IndicatorCode == code);
    }

    private int Classify(Type type) =>
        anyCode.Any(t => t.IsAssignableFrom(type)) ? Any
        : ownCode.Any(t => t.IsAssignableFrom(type)) ? Own
        : None;
}
