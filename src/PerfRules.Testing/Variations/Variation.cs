using System.Globalization;
using PerfRules.Testing.Boundaries;

namespace PerfRules.Testing.Variations;

/// <summary>
/// How one test case differs from the baseline facts: facts left out, fields changed, every date moved by the same days,
/// optionally one metric put on a boundary probe, and the seed of the order the facts are inserted in. FsCheck generates
/// and shrinks these parameters rather than raw facts, so a failure shrinks towards the baseline and towards fewer facts.
/// </summary>
internal sealed class Variation : IEquatable<Variation>
{
    public Variation(IEnumerable<int> dropped, IEnumerable<FieldEdit> edits, int dateShift, BoundaryProbe? probe, int shuffleSeed)
    {
        Dropped = [.. dropped.Distinct().Order()];
        Edits = [.. edits];
        DateShift = dateShift;
        Probe = probe;
        ShuffleSeed = shuffleSeed;
        Key = string.Join(
            "|",
            string.Join(",", Dropped),
            string.Join(",", Edits.Select(e => $"{e.FactIndex}.{e.Field}:{e.Amount.ToString(CultureInfo.InvariantCulture)}")),
            DateShift.ToString(CultureInfo.InvariantCulture),
            Probe is { } p ? $"{p.IndicatorCode}@{p.Value.ToString(CultureInfo.InvariantCulture)}{p.Cents:+0;-0;''}" : "",
            ShuffleSeed.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The baseline itself, inserted in its own order.</summary>
    public static Variation Identity { get; } = new([], [], 0, null, 0);

    /// <summary>The positions of the baseline facts left out, in increasing order.</summary>
    public IReadOnlyList<int> Dropped { get; }

    /// <summary>The field changes, in the order they are applied.</summary>
    public IReadOnlyList<FieldEdit> Edits { get; }

    /// <summary>Days every date of every fact is moved by.</summary>
    public int DateShift { get; }

    /// <summary>The boundary probe applied last, if any.</summary>
    public BoundaryProbe? Probe { get; }

    /// <summary>The seed of the insertion order used by the order-invariance property.</summary>
    public int ShuffleSeed { get; }

    /// <summary>A text that identifies the variation: equal variations have equal keys.</summary>
    public string Key { get; }

    /// <summary>Whether the variation leaves the baseline as it is (apart from the insertion order).</summary>
    public bool ChangesNothing => Dropped.Count == 0 && Edits.Count == 0 && DateShift == 0 && Probe is null;

    public Variation With(IEnumerable<int>? dropped = null, IEnumerable<FieldEdit>? edits = null, int? dateShift = null, BoundaryProbe? probe = null, bool withoutProbe = false, int? shuffleSeed = null) =>
        new(dropped ?? Dropped, edits ?? Edits, dateShift ?? DateShift, withoutProbe ? null : probe ?? Probe, shuffleSeed ?? ShuffleSeed);

    public bool Equals(Variation? other) => other is not null && Key == other.Key;

    public override bool Equals(object? obj) => Equals(obj as Variation);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The variation in words, for a failure report.</summary>
    public string Describe(IReadOnlyList<object> baseline)
    {
        if (ChangesNothing)
        {
            return "the baseline facts as given";
        }

        var parts = new List<string>();
        if (Dropped.Count > 0)
        {
            parts.Add($"{Dropped.Count} of {baseline.Count} baseline facts left out");
        }

        parts.AddRange(Edits.Select(e => $"{baseline[e.FactIndex].GetType().Name}[{e.FactIndex}].{e.Field} {e.Describe()}"));
        if (DateShift != 0)
        {
            parts.Add($"every date moved {DateShift:+0;-0} days");
        }

        if (Probe is { } probe)
        {
            parts.Add($"metric {probe}");
        }

        return string.Join("; ", parts);
    }

    public override string ToString() => Key;
}
