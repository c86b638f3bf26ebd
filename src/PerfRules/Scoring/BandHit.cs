using System.Text;
using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>The band a value fell in, and so the points it scores: the result of <see cref="BandScale.Classify"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BandHit
{
    internal BandHit(decimal value, Band band)
    {
        Value = value;
        Band = band;
    }

    /// <summary>The value classified, exactly as given (unrounded).</summary>
    public decimal Value { get; }

    /// <summary>The band it fell in.</summary>
    public Band Band { get; }

    /// <summary>The band's interval.</summary>
    public Interval Interval => Band.Interval;

    /// <summary>The points scored.</summary>
    public decimal Points => Band.Points;

    /// <summary>
    /// The hit as a note states it: "99.35% ∈ [90%, 100%)，得3分" / "99.35% in [90%, 100%), scores 3 points".
    /// </summary>
    /// <param name="asPercent">Show the value and bounds as percentages (for rates) rather than plain numbers.</param>
    /// <returns>The description in both languages.</returns>
    public LocalizedText Describe(bool asPercent = true) => new(new Description(this, asPercent));

    // Composed when first read, as a note that cites the hit is: written straight into that note, it is never a string
    // of its own.
    private sealed class Description(BandHit hit, bool asPercent) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language)
        {
            if (asPercent)
            {
                ReportFormat.AppendPercent(builder, hit.Value);
            }
            else
            {
                PlainNumber.AppendTrimmed(builder, hit.Value);
            }

            hit.Interval.AppendTo(builder.Append(language == Language.Chinese ? " ∈ " : " in "), asPercent)
                .Append(language == Language.Chinese ? "，" : ", ");
            return ReportFormat.AppendAwarded(builder, hit.Points, language);
        }

        public override bool HasSameInputs(DeferredEnglish other) =>
            other is Description description && asPercent == description.AsPercent && hit.Equals(description.Hit);

        private BandHit Hit => hit;

        private bool AsPercent => asPercent;
    }
}
