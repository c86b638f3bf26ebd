using System.Text;
using PerfRules.Internal;

namespace PerfRules.Results;

/// <summary>
/// A text in Chinese and, when someone wrote one, English: a label, a reason or a scoring note (评分说明).
/// </summary>
/// <remarks>
/// Text the library composes always has both languages; its English is composed when first read, and so is the Chinese of
/// the notes, computations and descriptions it builds from parts. Text an evaluator typed (a finding, a criterion) is often
/// Chinese only; asking such a text for English returns the Chinese rather than nothing. Immutable and thread-safe.
/// </remarks>
public sealed record LocalizedText
{
    // The Chinese, or null until a composed text is first read in Chinese.
    private string? _chinese;

    // The English: a string, null when there is none, or until first read what composes it (a DeferredEnglish, which for a
    // text composed from parts composes the Chinese too). One field serves both, as texts are the most numerous objects
    // a scorecard holds.
    private object? _english;

    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The Chinese text; required, as it is what the report says.</param>
    /// <param name="english">The English text, or <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is null or blank.</exception>
    public LocalizedText(string chinese, string? english = null)
    {
        Blank.ThrowIfBlank(chinese);
        _chinese = chinese;
        _english = english;
    }

    /// <summary>Creates a text whose English is composed on first read.</summary>
    internal LocalizedText(string chinese, DeferredEnglish english)
    {
        Blank.ThrowIfBlank(chinese);
        _chinese = chinese;
        _english = english;
    }

    /// <summary>Creates a text composed in both languages when first read; its parts are never blank, so neither is it.</summary>
    internal LocalizedText(ComposedText composed) => _english = composed;

    /// <summary>
    /// Creates a text whose English is composed by <paramref name="english"/> when someone first reads it: reports are
    /// read in Chinese, so a rule that interpolates its English per evaluation need not pay for it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The text is equal to one created eagerly with the English <paramref name="english"/> returns: <see cref="Equals(LocalizedText?)"/>
    /// and <see cref="GetHashCode"/> still cover both languages (and so compose the English), and serializers see the same
    /// text. Thread-safe: <paramref name="english"/> is called once in practice; threads reading the English for the first
    /// time at once may each call it, and every reader gets one of the (equal) results. It must therefore be pure: read
    /// only immutable inputs, return the same text every time, and never null.
    /// </para>
    /// <para>
    /// A factory rather than a constructor overload taking a function, so that <c>new LocalizedText(chinese, null)</c> stays
    /// unambiguous. A lambda that captures variables allocates a closure for each text; to avoid it, pass the inputs as
    /// state with a static lambda: <see cref="WithEnglishOnRead{TState}(string, TState, Func{TState, string})"/>.
    /// </para>
    /// </remarks>
    /// <param name="chinese">The Chinese text; required, as it is what the report says.</param>
    /// <param name="english">Composes the English text; it must not return null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="english"/> is null.</exception>
    public static LocalizedText WithEnglishOnRead(string chinese, Func<string> english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return WithEnglishOnRead(chinese, english, static compose => compose());
    }

    /// <summary>
    /// Creates a text whose English is composed from <paramref name="state"/> by <paramref name="english"/> when someone
    /// first reads it; with a static lambda and a tuple of inputs as state, deferring costs one small object per text.
    /// </summary>
    /// <remarks>
    /// As <see cref="WithEnglishOnRead(string, Func{string})"/>: equal to the eager text, thread-safe, and
    /// <paramref name="english"/> must be pure. The text keeps <paramref name="state"/> for as long as it lives, so pass
    /// immutable values (texts, numbers, dates), not a mutable object the English would read later. Purity is also what
    /// lets two such texts be compared cheaply: with equal Chinese, the same function and equal states (by
    /// <see cref="EqualityComparer{T}.Default"/>), they are equal without either English being composed.
    /// </remarks>
    /// <typeparam name="TState">The inputs the English needs, usually a tuple.</typeparam>
    /// <param name="chinese">The Chinese text; required, as it is what the report says.</param>
    /// <param name="state">The inputs passed to <paramref name="english"/>.</param>
    /// <param name="english">Composes the English text from <paramref name="state"/>; it must not return null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="english"/> is null.</exception>
    public static LocalizedText WithEnglishOnRead<TState>(string chinese, TState state, Func<TState, string> english)
    {
        Blank.ThrowIfBlank(chinese);
        ArgumentNullException.ThrowIfNull(english);
        return new LocalizedText(chinese, new DelegatedEnglish<TState>(state, english));
    }

    /// <summary>The Chinese text.</summary>
    public string Chinese => _chinese ?? ComposeChinese();

    /// <summary>The English text, or <see langword="null"/> when nobody wrote one.</summary>
    public string? English => _english as string ?? ComposeEnglish();

    /// <summary>Whether the Chinese is a string already: written so, or composed by an earlier read.</summary>
    internal bool IsChineseComposed => _chinese is not null;

    /// <summary>Whether there is English, without composing it.</summary>
    internal bool HasEnglish => _english is not null;

    /// <summary>The text in <paramref name="language"/>; English falls back to Chinese when there is no English.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string Get(Language language = Language.Chinese) =>
        language == Language.English ? English ?? Chinese : Chinese;

    /// <summary>Whether both texts are the same in both languages (a deferred English is composed to compare it).</summary>
    /// <param name="other">The other text.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(LocalizedText? other) =>
        other is not null && (ReferenceEquals(this, other) || SameComposition(other) || (Chinese == other.Chinese && SameEnglish(other)));

    /// <summary>A hash of both languages.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Chinese, English);

    /// <summary>
    /// Appends the text in <paramref name="language"/> (English falling back to Chinese, as <see cref="Get"/> does). A text
    /// not yet composed is composed straight into <paramref name="builder"/>, never made into a string of its own.
    /// </summary>
    internal StringBuilder AppendTo(StringBuilder builder, Language language)
    {
        var english = Volatile.Read(ref _english);
        if (language == Language.Chinese || english is null)
        {
            // A reader of the English replaces the composer only once the Chinese is composed (ComposeEnglish), so a text
            // whose Chinese is still null was read with its composer.
            return _chinese is { } chinese ? builder.Append(chinese) : ((ComposedText)english!).Append(builder, Language.Chinese);
        }

        return english is ComposedText composer ? composer.Append(builder, Language.English) : builder.Append(English);
    }

    // Two texts both still waiting to be composed from equal inputs are equal in both languages: comparing rebuilt
    // scorecards need not compose either side to find that out.
    private bool SameComposition(LocalizedText other) =>
        _chinese is null && other._chinese is null
        && _english is ComposedText composed && other._english is ComposedText otherComposed && composed.HasSameInputs(otherComposed);

    // Two texts still waiting to compose their English from equal inputs have equal English: comparing rebuilt scorecards
    // need not compose both sides to find that out.
    private bool SameEnglish(LocalizedText other) =>
        (_english is DeferredEnglish deferred && other._english is DeferredEnglish otherDeferred && deferred.HasSameInputs(otherDeferred))
        || English == other.English;

    private string ComposeChinese()
    {
        // Only the composed constructor leaves the Chinese null, with its composer as the English. A reader of the English
        // may have replaced the composer since this text's Chinese was found null; it composed the Chinese first.
        if (Volatile.Read(ref _english) is not ComposedText composed)
        {
            return _chinese!;
        }

        // Racing threads compose the same text; whichever write lands, every reader gets that text.
        var chinese = composed.Compose(Language.Chinese);
        _chinese = chinese;
        return chinese;
    }

    private string? ComposeEnglish()
    {
        if (Volatile.Read(ref _english) is not DeferredEnglish deferred)
        {
            return (string?)_english;
        }

        // The composer of a composed text also composes its Chinese: that must be done before the composer is replaced.
        if (_chinese is null)
        {
            ComposeChinese();
        }

        // Racing threads compose the same text; whichever write lands, every reader gets that text. The write is volatile
        // so that a reader who finds the English composed also finds the Chinese.
        var english = deferred.Compose() ?? throw new InvalidOperationException(
            $"The English of \"{_chinese}\" was composed as null; a function given to LocalizedText.WithEnglishOnRead must return the English text.");
        Volatile.Write(ref _english, english);
        return english;
    }

    /// <summary>Returns the Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
