namespace PerfRules.Engine.Runtime;

/// <summary>
/// A thread's scratch buffer of fact handles for <see cref="Session.Query{T}"/>. A query runs after every evaluation and
/// what-if; finding its facts in one pass needs room for as many as working memory holds, and that room is reused rather
/// than allocated each time. Queries never nest on a thread (they run no rule code), so one buffer per thread suffices.
/// </summary>
internal static class QueryScratch
{
    [ThreadStatic]
    private static FactHandle[]? t_buffer;

    /// <summary>A buffer of at least <paramref name="size"/> handles; the caller clears the entries it filled.</summary>
    public static FactHandle[] Rent(int size)
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < size)
        {
            t_buffer = buffer = new FactHandle[Math.Max(size, 64)];
        }

        return buffer;
    }
}
