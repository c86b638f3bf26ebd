namespace PerfRules.Results;

/// <summary>
/// A text in Chinese and, when someone wrote one, English: a label, a reason or a scoring note (评分说明).
/// </summary>
/// <remarks>
/// Text the library composes always has both languages; its English is composed when first read. Text an evaluator typed (a finding, a criterion) is often
/// Chinese only; asking such a text for English returns the Chinese rather than nothing. Immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    private readonly DeferredEnglish? _deferred;
    private string? _english;

    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The Chinese text; required, as it is what the report says.</param>
    /// <param name="english">The English text, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is null or blank.</exception>
    public LocalizedText(string chinese, string? english = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chinese);
        Chinese = chinese;
        _english = english;
    }

    /// <summary>Creates a text whose English is composed on first read.</summary>
    internal LocalizedText(string chinese, DeferredEnglish english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chinese);
        Chinese = chinese;
        _deferred = english;
    }

    /// <summary>The Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>The English text, or <see langword="null"/> when nobody wrote one.</summary>
    public string? English => _english ?? ComposeEnglish();

    /// <summary>Whether there is English, without composing it.</summary>
    internal bool HasEnglish => _english is not null || _deferred is not null;

    /// <summary>The text in <paramref name="language"/>; English falls back to Chinese when there is no English.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string Get(Language language = Language.Chinese) =>
        language == Language.English ? English ?? Chinese : Chinese;

    /// <summary>Whether both texts are the same in both languages (a deferred English is composed to compare it).</summary>
    /// <param name="other">The other text.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(LocalizedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Chinese == other.Chinese && English == other.English));

    /// <summary>A hash of both languages.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Chinese, English);

    private string? ComposeEnglish()
    {
        if (_deferred is null)
        {
            return null;
        }

        // Racing threads compose the same text; whichever write lands, every reader gets that text.
        var english = _deferred.Compose();
        _english = english;
        return english;
    }

    /// <summary>Returns the Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
