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
    public abstract string Compose();
}
