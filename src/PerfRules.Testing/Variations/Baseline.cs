using PerfRules.Evaluation;

namespace PerfRules.Testing.Variations;

/// <summary>The baseline facts a check varies, with every field a variation may change and the metric indicators that move metrics.</summary>
internal sealed class Baseline
{
    private readonly IReadOnlyDictionary<string, IMetricIndicator> _metrics;

    public Baseline(IReadOnlyList<object> facts, IEnumerable<IMetricIndicator> metrics)
    {
        Facts = facts;
        _metrics = metrics.ToDictionary(m => m.Indicator.Code, StringComparer.Ordinal);
        Fields = [.. facts.SelectMany((fact, index) =>
            FactShape.Of(fact.GetType()) is { } shape
                ? shape.Fields.Where(f => shape.Get(fact, f.Name) is not null).Select(f => (index, f.Name, f.Kind))
                : [])];
    }

    /// <summary>The baseline facts, in the order given.</summary>
    public IReadOnlyList<object> Facts { get; }

    /// <summary>Every field of every baseline fact a variation may change (numbers, dates, flags that have a value).</summary>
    public IReadOnlyList<(int FactIndex, string Field, FieldKind Kind)> Fields { get; }

    /// <summary>The metric indicator of a code.</summary>
    public IMetricIndicator Metric(string code) => _metrics[code];

    /// <summary>The facts of a variation: baseline facts edited, dates moved, some left out, and the probe applied.</summary>
    public VariedFacts Apply(Variation variation)
    {
        var facts = Facts.ToArray();
        foreach (var group in variation.Edits.Where(e => e.FactIndex < facts.Length).GroupBy(e => e.FactIndex))
        {
            var fact = facts[group.Key];
            if (FactShape.Of(fact.GetType()) is not { } shape)
            {
                continue;
            }

            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var edit in group)
            {
                changes[edit.Field] = edit.Apply(changes.TryGetValue(edit.Field, out var current) ? current : shape.Get(fact, edit.Field));
            }

            facts[group.Key] = TryWith(shape, fact, changes);
        }

        if (variation.DateShift != 0)
        {
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = ShiftDates(facts[i], variation.DateShift);
            }
        }

        var dropped = variation.Dropped.ToHashSet();
        IReadOnlyList<object> kept = [.. facts.Where((_, i) => !dropped.Contains(i))];
        if (variation.Probe is not { } probe || !_metrics.TryGetValue(probe.IndicatorCode, out var metric))
        {
            return new VariedFacts(kept, null);
        }

        MetricAdjustment? adjustment;
        try
        {
            adjustment = probe.Apply(metric, kept);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // An Adjust that throws is the boundary properties' finding; here the case goes without its probe.
            adjustment = null;
        }

        return new VariedFacts(adjustment?.Facts ?? kept, adjustment);
    }

    private static object ShiftDates(object fact, int days)
    {
        if (FactShape.Of(fact.GetType()) is not { } shape)
        {
            return fact;
        }

        var changes = shape.Fields
            .Where(f => f.Kind == FieldKind.Date)
            .Select(f => (f.Name, Value: shape.Get(fact, f.Name)))
            .Where(f => f.Value is DateOnly)
            .ToDictionary(f => f.Name, f => (object?)((DateOnly)f.Value!).AddDays(days), StringComparer.Ordinal);
        return changes.Count == 0 ? fact : TryWith(shape, fact, changes);
    }

    // A rule set's own fact type may refuse a value in its constructor; the variation then leaves that fact as it was.
    private static object TryWith(FactShape shape, object fact, IReadOnlyDictionary<string, object?> changes)
    {
        try
        {
            return shape.With(fact, changes);
        }
        catch (InvalidOperationException)
        {
            return fact;
        }
    }
}
