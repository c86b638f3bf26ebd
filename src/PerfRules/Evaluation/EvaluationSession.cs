using PerfRules.Engine;
using PerfRules.Scorecards;

namespace PerfRules.Evaluation;

/// <summary>
/// A live evaluation for what-if questions: change a fact and get the new scorecard and what changed. Only the rules whose
/// facts changed fire again; the engine's truth maintenance carries the new indicator results up to the groups and the
/// total, so a change costs a fraction of a full evaluation.
/// </summary>
/// <remarks>Not thread-safe: use a session from one thread at a time. Open one with <see cref="ScorecardEvaluator.OpenSession"/>.</remarks>
public sealed class EvaluationSession
{
    private readonly RuleSet _ruleSet;
    private readonly ISession _session;
    private readonly AssembledRows _rows = new();

    internal EvaluationSession(RuleSet ruleSet, ISession session)
    {
        _ruleSet = ruleSet;
        _session = session;
        _session.Fire();
        Scorecard = ScorecardAssembler.Assemble(ruleSet, session, _rows);
    }

    /// <summary>The scorecard for the facts as they stand now.</summary>
    public Scorecard Scorecard { get; private set; }

    /// <summary>Replaces a fact with a new version of it (facts are immutable records: pass the old instance and the new one).</summary>
    /// <param name="current">The fact as it is in the session.</param>
    /// <param name="replacement">Its new version.</param>
    /// <returns>The scorecards before and after, and every indicator that changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="current"/> is not in the session, or <paramref name="replacement"/> already is.</exception>
    public ScorecardDiff Replace(object current, object replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (ReferenceEquals(current, replacement))
        {
            return Change(() => _session.Update(current));
        }

        return Change(() =>
        {
            _session.Retract(current);
            _session.Insert(replacement);
        });
    }

    /// <summary>Adds a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The scorecards before and after, and every indicator that changed.</returns>
    /// <exception cref="ArgumentException">The fact is already in the session.</exception>
    public ScorecardDiff Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Change(() => _session.Insert(fact));
    }

    /// <summary>Removes a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The scorecards before and after, and every indicator that changed.</returns>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    public ScorecardDiff Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Change(() => _session.Retract(fact));
    }

    /// <summary>The facts of a type in the session, in insertion order: to find the instance to replace.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The facts.</returns>
    public IReadOnlyList<T> Facts<T>() => _session.Query<T>();

    private ScorecardDiff Change(Action change)
    {
        var before = Scorecard;
        change();
        _session.Fire();
        Scorecard = ScorecardAssembler.Assemble(_ruleSet, _session, _rows);
        return ScorecardDiff.Between(before, Scorecard);
    }
}
