namespace PerfRules.Engine.Tests.Support;

/// <summary>One rule firing as the session reported it through <see cref="ISession.RuleFired"/>.</summary>
public sealed record Firing(string Rule, IReadOnlyList<object> Facts)
{
    public override string ToString() => $"{Rule}({string.Join(", ", Facts)})";
}

/// <summary>Records the firings of one session, in order, through its <see cref="ISession.RuleFired"/> event.</summary>
public sealed class FiringRecorder
{
    private readonly List<Firing> _firings = [];

    public FiringRecorder(ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.RuleFired += (_, e) => _firings.Add(new Firing(e.Rule.Name, e.Facts.ToArray()));
    }

    public IReadOnlyList<Firing> Firings => _firings;

    public IReadOnlyList<string> RuleNames => _firings.Select(f => f.Rule).ToArray();

    /// <summary>Returns the firings recorded so far and forgets them, so that each step of a scenario asserts only its own firings.</summary>
    public IReadOnlyList<Firing> Take()
    {
        var taken = _firings.ToArray();
        _firings.Clear();
        return taken;
    }
}
