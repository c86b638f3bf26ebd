using FsCheck;
using FsCheck.Fluent;
using PerfRules.Testing.Boundaries;

namespace PerfRules.Testing.Variations;

/// <summary>
/// Generates and shrinks <see cref="Variation"/>s of a baseline (the baseline itself is checked before them, see
/// <see cref="Running.PropertyRun"/>): each changes a few fields (scaled by 0 to 3, or by 10 or 0.1; dates moved; flags flipped), move every date,
/// leave out a fact or two, and put a metric on a boundary probe. A failure shrinks by undoing changes and then by
/// leaving out more facts, so the report shows the smallest fact set that still fails.
/// </summary>
internal static class VariationGenerator
{
    /// <summary>The arbitrary of variations of <paramref name="baseline"/>.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <param name="probes">The boundary probes a case may apply; empty for none.</param>
    public static Arbitrary<Variation> Arbitrary(Baseline baseline, IReadOnlyList<BoundaryProbe> probes) =>
        Arb.From(Generator(baseline, probes), v => Shrink(baseline, v));

    /// <summary>The variations of <paramref name="baseline"/>.</summary>
    public static Gen<Variation> Generator(Baseline baseline, IReadOnlyList<BoundaryProbe> probes)
    {
        return
            from edits in Edits(baseline)
            from shift in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(-90, 90)))
            from dropped in Dropped(baseline.Facts.Count)
            from probe in probes.Count == 0
                ? Gen.Constant<BoundaryProbe?>(null)
                : Gen.Frequency((1, Gen.Constant<BoundaryProbe?>(null)), (1, Gen.Elements(probes.ToArray()).Select(p => (BoundaryProbe?)p)))
            from seed in Gen.Choose(1, int.MaxValue)
            select new Variation(dropped, edits, shift, probe, seed);
    }

    /// <summary>Smaller variations that may still fail: without the probe, without the date shift, without each edit, then with more facts left out.</summary>
    public static IEnumerable<Variation> Shrink(Baseline baseline, Variation variation)
    {
        if (variation.Probe is not null)
        {
            yield return variation.With(withoutProbe: true);
        }

        if (variation.DateShift != 0)
        {
            yield return variation.With(dateShift: 0);
        }

        for (var i = 0; i < variation.Edits.Count; i++)
        {
            var index = i;
            yield return variation.With(edits: variation.Edits.Where((_, j) => j != index));
        }

        // Leave out more facts: halves first, then quarters …, then one at a time, so a large baseline shrinks in a few steps.
        var kept = Enumerable.Range(0, baseline.Facts.Count).Except(variation.Dropped).ToList();
        for (var chunks = 2; kept.Count > 0 && chunks <= kept.Count * 2; chunks *= 2)
        {
            var size = (int)Math.Ceiling(kept.Count / (double)Math.Min(chunks, kept.Count));
            for (var start = 0; start < kept.Count; start += size)
            {
                yield return variation.With(dropped: variation.Dropped.Concat(kept.Skip(start).Take(size)));
            }

            if (size == 1)
            {
                break;
            }
        }
    }

    private static Gen<FieldEdit[]> Edits(Baseline baseline)
    {
        if (baseline.Fields.Count == 0)
        {
            return Gen.Constant(Array.Empty<FieldEdit>());
        }

        var edit =
            from field in Gen.Elements(baseline.Fields.ToArray())
            from amount in AmountFor(field.Kind)
            select new FieldEdit(field.FactIndex, field.Field, field.Kind, amount);
        return Gen.Frequency((2, Gen.Constant(0)), (4, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Choose(3, 5)))
            .SelectMany(count => edit.ArrayOf(count));
    }

    private static Gen<decimal> AmountFor(FieldKind kind) =>
        kind switch
        {
            FieldKind.Date => Gen.Choose(-30, 30).Select(days => (decimal)days),
            FieldKind.Flag => Gen.Constant(1m),
            _ => Gen.Frequency(
                (1, Gen.Constant(0m)),
                (6, Gen.Choose(50, 150).Select(n => n / 100m)),
                (2, Gen.Choose(0, 300).Select(n => n / 100m)),
                (1, Gen.Elements(10m, 0.1m, 1.000001m, 0.999999m))),
        };

    private static Gen<int[]> Dropped(int count) =>
        count == 0
            ? Gen.Constant(Array.Empty<int>())
            : Gen.Frequency((5, Gen.Constant(Array.Empty<int>())), (1, Gen.Choose(0, count - 1).ArrayOf(Math.Min(2, count))));
}
