using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Json;

/// <summary>Collects the problems found while reading, merging and building a document, so that all are reported at once.</summary>
/// <remarks>Not thread-safe: one per load.</remarks>
internal sealed class Diagnostics
{
    private readonly List<RuleSetError> _items = [];

    public IReadOnlyList<RuleSetError> Items => _items;

    public bool HasErrors => _items.Any(e => e.Severity == RuleSetErrorSeverity.Error);

    public int ErrorCount => _items.Count(e => e.Severity == RuleSetErrorSeverity.Error);

    public void Error(Location at, string chinese, string english) => Add(RuleSetErrorSeverity.Error, at, chinese, english);

    public void Error(DocNode at, string chinese, string english) => Error(at.Location, chinese, english);

    public void Warning(Location at, string chinese, string english) => Add(RuleSetErrorSeverity.Warning, at, chinese, english);

    public void Add(RuleSetErrorSeverity severity, Location at, string chinese, string english) =>
        _items.Add(new RuleSetError(severity, at.Source, at.Path, at.Line, at.Column, new LocalizedText(chinese, english)));

    /// <summary>Every problem in a stable order: by source as first met, then line, column and path.</summary>
    public IReadOnlyList<RuleSetError> Sorted()
    {
        var sources = _items.Select(e => e.Source).Distinct().ToList();
        return [.. _items
            .Distinct()
            .OrderBy(e => sources.IndexOf(e.Source))
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ThenBy(e => e.Path, StringComparer.Ordinal)];
    }
}
