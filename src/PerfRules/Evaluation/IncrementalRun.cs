using PerfRules.Engine;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// One worker's way through a batch: departments scored one after another in one engine session, each by changing only
/// the facts that differ from the department before it. The facts both share stay in working memory with every match
/// and result built on them; the engine retracts the old department's other facts, inserts the new one's, and truth
/// maintenance re-scores only the indicators they reach. Departments generated from a template, or read with shared
/// instances for what they have in common (the checklist, the findings of a joint audit), cost a fraction of a full
/// evaluation each; departments with nothing in common are scored from an emptied session, as
/// <see cref="ScorecardEvaluator.Evaluate"/> scores them.
/// </summary>
/// <remarks>
/// <para>Facts are compared by reference, position by position, as the engine identifies them: a fact at the same
/// position that is the same instance stays; anything else is retracted and its replacement inserted. The scorecard is
/// the same either way, since the order of the facts never changes it and truth maintenance leaves a session exactly as
/// if its facts had been inserted afresh; the equivalence tests check this against fresh sessions. Facts must not change
/// while they are scored, as anywhere in PerfRules: they are immutable records.</para>
/// <para>A department that throws (a null or duplicate fact, a cancellation, a rule's error) leaves its session behind:
/// it may have stopped half-way through a change. The next department starts from a new one. Not thread-safe: one run
/// per worker.</para>
/// </remarks>
internal sealed class IncrementalRun(ScorecardEvaluator evaluator) : IDisposable
{
    private readonly AssembledRows _rows = new();
    private ISession? _session;

    // The department in the session, in the order given, and a buffer for the next one (swapped after each department).
    private List<object> _current = [];
    private List<object> _next = [];

    /// <summary>Scores a department: the scorecard <see cref="ScorecardEvaluator.Evaluate"/> would return for it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact is null or given twice.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Scorecard Evaluate(IEnumerable<object> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _next.Clear();
        foreach (var fact in facts)
        {
            _next.Add(fact ?? throw new ArgumentException("A fact is null.", nameof(facts)));
        }

        // Taken out while the department is scored: if anything throws, no half-changed session stays in the run.
        var session = _session;
        _session = null;
        if (session is null)
        {
            session = evaluator.RentSession();
            evaluator.Fill(session, _next);
        }
        else
        {
            Change(session);
        }

        session.Fire(cancellationToken);
        var scorecard = ScorecardAssembler.Assemble(evaluator.RuleSet, session, _rows);
        (_current, _next) = (_next, _current);
        _session = session;
        return scorecard;
    }

    /// <summary>Hands the session back to the evaluator's pool, emptied, so the run holds no department after the batch.</summary>
    public void Dispose()
    {
        if (_session is { } session)
        {
            _session = null;
            evaluator.ReturnSession(session);
        }

        _current.Clear();
        _next.Clear();
    }

    /// <summary>Turns the department in the session into the next one, or empties and refills the session when most differ.</summary>
    private void Change(ISession session)
    {
        var changed = 0;
        for (var i = 0; i < Math.Max(_current.Count, _next.Count); i++)
        {
            changed += Kept(i) ? 0 : 1;
        }

        // Retracting a fact costs about what inserting it does: past half the facts, emptying the session and inserting
        // the whole department is the cheaper way.
        if (2 * changed > _next.Count)
        {
            session.Clear();
            evaluator.Fill(session, _next);
            return;
        }

        // Every retraction before any insertion: a fact that only moved is out of working memory before it comes back,
        // so it is not mistaken for a duplicate, and a real duplicate still is one.
        for (var i = 0; i < _current.Count; i++)
        {
            if (!Kept(i))
            {
                session.Retract(_current[i]);
            }
        }

        for (var i = 0; i < _next.Count; i++)
        {
            if (!Kept(i))
            {
                ScorecardEvaluator.Insert(session, _next[i]);
            }
        }
    }

    /// <summary>Whether position <paramref name="i"/> holds the same instance in both departments.</summary>
    private bool Kept(int i) => i < _current.Count && i < _next.Count && ReferenceEquals(_current[i], _next[i]);
}
