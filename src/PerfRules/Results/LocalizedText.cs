namespace PerfRules.Results;

/// <summary>
/// A text in Chinese and, when someone wrote one, English: a label, a reason or a scoring note (评分说明).
/// </summary>
/// <remarks>
/// Text the library composes always has both languages. Text an evaluator typed (a finding, a criterion) is often
/// Chinese only; asking such a text for English returns the Chinese rather than nothing. Immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The Chinese text; required, as it is what the report says.</param>
    /// <param name="english">The English text, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is null or blank.</exception>
    public LocalizedText(string chinese, string? english = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chinese);
        Chinese = chinese;
        English = english;
    }

    /// <summary>The Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>The English text, or <see langword="null"/> when nobody wrote one.</summary>
    public string? English { get; }

    /// <summary>The text in <paramref name="language"/>; English falls back to Chinese when there is no English.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string Get(Language language = Language.Chinese) =>
        language == Language.English && English is not null ? English : Chinese;

    /// <summary>Returns the Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
