namespace PerfRules.Engine.Tests.Support;

/// <summary>
/// What rule actions wrote, in order. A test gives its own log to the rules it builds, so tests running in parallel
/// never share one.
/// </summary>
public sealed class ActionLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);

    /// <summary>Returns the entries written so far and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = _entries.ToArray();
        _entries.Clear();
        return taken;
    }
}
