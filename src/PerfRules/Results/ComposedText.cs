using System.Text;
using PerfRules.Internal;

namespace PerfRules.Results;

/// <summary>
/// A text the library composes from its inputs, in either language, when someone first reads it: a note joined from
/// parts, a computation, an input's description. Composing only on read means a part that only ever goes into a larger
/// text is never made into a string of its own: the larger text appends it straight into its own buffer.
/// </summary>
/// <remarks>
/// A subclass holds only immutable inputs, so composing is pure: two threads composing at once write the same text, and
/// <see cref="DeferredEnglish.HasSameInputs"/> implies the same text in both languages.
/// </remarks>
internal abstract class ComposedText : DeferredEnglish
{
    /// <summary>Appends the text in <paramref name="language"/>.</summary>
    public abstract StringBuilder Append(StringBuilder builder, Language language);

    /// <summary>The text in <paramref name="language"/>, composed in the thread's buffer.</summary>
    public string Compose(Language language) => TextBuffer.Release(Append(TextBuffer.Acquire(), language));

    public sealed override string Compose() => Compose(Language.English);
}
