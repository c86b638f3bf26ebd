namespace PerfRules.Engine.Runtime;

/// <summary>
/// How big the last session of a factory grew: new sessions presize their collections to it, so working memory and
/// memories do not rehash their way up from a handful of entries on every evaluation of a similar case.
/// </summary>
/// <remarks>
/// Shared by every session of a factory, on any thread, and only a hint: a lost or stale write costs a resize, never a
/// wrong result. Capacity never changes what a session holds nor the order it enumerates it in.
/// </remarks>
internal sealed class SizeHint
{
    private int _value;

    /// <summary>The size the last recording session reached; 0 before any.</summary>
    public int Value => Volatile.Read(ref _value);

    public void Record(int size) => Volatile.Write(ref _value, size);
}
