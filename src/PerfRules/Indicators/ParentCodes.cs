using System.Collections.Concurrent;

namespace PerfRules.Indicators;

/// <summary>
/// The parents' codes of indicator codes, each built once: the group rule keys every result it sees by its parent's
/// code, and cutting the parent out of the code anew would allocate a string each time. Thread-safe; it holds one entry
/// per code seen, so it lives with the rule that uses it rather than for the whole process.
/// </summary>
internal sealed class ParentCodes
{
    private readonly ConcurrentDictionary<string, string?> _byCode = new(StringComparer.Ordinal);

    /// <summary>The code one level above <paramref name="code"/>; null at level 1 (see <see cref="IndicatorCode.Parent"/>).</summary>
    public string? Of(string code) => _byCode.GetOrAdd(code, static c => IndicatorCode.Parent(c));
}
