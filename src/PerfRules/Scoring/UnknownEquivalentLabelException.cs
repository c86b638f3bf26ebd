namespace PerfRules.Scoring;

/// <summary>
/// Thrown when an <see cref="EquivalentScale"/> is asked for a label it does not know, e.g. "三等奖" on a scale that only
/// says what 一等奖 and 二等奖 are worth. Guessing a score would hide the gap in the rule set.
/// </summary>
public sealed class UnknownEquivalentLabelException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="label">The unknown label.</param>
    /// <param name="knownLabels">The labels the scale knows.</param>
    public UnknownEquivalentLabelException(string label, IReadOnlyList<string> knownLabels)
        : base($"No equivalent score is defined for '{label}'; known: {string.Join(", ", knownLabels.Select(l => $"'{l}'"))}.")
    {
        Label = label;
        KnownLabels = knownLabels;
    }

    /// <summary>The unknown label.</summary>
    public string Label { get; }

    /// <summary>The labels the scale knows.</summary>
    public IReadOnlyList<string> KnownLabels { get; }
}
