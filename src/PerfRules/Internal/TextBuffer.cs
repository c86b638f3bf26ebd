using System.Text;

namespace PerfRules.Internal;

/// <summary>
/// A per-thread <see cref="StringBuilder"/> to compose a note in one buffer: a note is built from a dozen parts, and
/// concatenating them one by one made a string for every step. Nested use is safe: a builder taken while the thread's
/// one is out is simply a new one.
/// </summary>
internal static class TextBuffer
{
    // Long notes (a list of deductions) are rare; a builder grown past this is not kept, so a thread holds little.
    private const int MaxKept = 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire()
    {
        var builder = _cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        _cached = null;
        return builder.Clear();
    }

    /// <summary>The text built, handing the builder back to the thread.</summary>
    public static string Release(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKept)
        {
            _cached = builder;
        }

        return text;
    }
}
