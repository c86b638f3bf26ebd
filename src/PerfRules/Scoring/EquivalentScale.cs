using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// Maps a non-numeric result to the score it counts as (视同), e.g. a “四个全面” assessment tier: 二等奖 → 85.
/// </summary>
/// <remarks>Labels match exactly (ordinal). An unknown label is an error, never a guess. Immutable and thread-safe.</remarks>
public sealed class EquivalentScale
{
    private readonly Dictionary<string, decimal> _scores;

    /// <summary>Creates a scale.</summary>
    /// <param name="equivalents">Each label with its score, at least one; labels unique.</param>
    /// <exception cref="ArgumentException">There is no label, a label is blank or repeated.</exception>
    public EquivalentScale(IEnumerable<KeyValuePair<string, decimal>> equivalents)
    {
        ArgumentNullException.ThrowIfNull(equivalents);
        // One pass, no LINQ: scales are built with the rules, often in a process that has just started, where each
        // generic instantiation over a key-value pair costs more to compile than it saves.
        _scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var (label, score) in equivalents)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(label, nameof(equivalents));
            if (!_scores.TryAdd(label, score))
            {
                throw new ArgumentException($"The label '{label}' is given twice.", nameof(equivalents));
            }

            labels.Add(label);
        }

        if (labels.Count == 0)
        {
            throw new ArgumentException("An equivalent scale needs at least one label.", nameof(equivalents));
        }

        Labels = EquatableList<string>.Own([.. labels]);
    }

    /// <summary>The labels, in the order given.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The score <paramref name="label"/> counts as.</summary>
    /// <param name="label">The result as stated, e.g. 二等奖.</param>
    /// <returns>The label and its score.</returns>
    /// <exception cref="UnknownEquivalentLabelException">The scale does not know the label.</exception>
    public EquivalentHit Map(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return _scores.TryGetValue(label, out var score)
            ? new EquivalentHit(label, score)
            : throw new UnknownEquivalentLabelException(label, Labels);
    }
}
