namespace PerfRules.Results;

/// <summary>
/// The English of a text the library composes, written when someone first reads it. Reports are read in Chinese; composing
/// every note in English too, eagerly, was a fifth of what an evaluation allocated.
/// </summary>
/// <remarks>
/// A subclass holds only immutable inputs, so composing is pure: two threads composing at once write the same text.
/// </remarks>
internal abstract class DeferredEnglish
{
    /// <summary>The English; null only from an author's function that broke its promise, which the text reports.</summary>
    public abstract string? Compose();

    /// <summary>
    /// Whether <paramref name="other"/> composes from equal inputs, so the two English texts are equal without composing
    /// either. Comparing scorecards (a what-if's diff) compares many rebuilt texts whose Chinese is the same; composing
    /// both sides' English only to compare it cost more than the rest of the comparison. <see langword="false"/> when
    /// unsure: the texts are then composed and compared.
    /// </summary>
    public virtual bool HasSameInputs(DeferredEnglish other) => false;
}
