using PerfRules.Evaluation;

namespace PerfRules.Testing.Running;

/// <summary>
/// Scores fact sets that differ from one base set in a single fact, in one live <see cref="EvaluationSession"/>: each is
/// reached by replacing the changed fact, so only the rules that read it fire again (a sweep of 40 probes costs a few
/// full evaluations, not 40).
/// </summary>
/// <remarks>Not thread-safe, like the session it holds.</remarks>
internal sealed class LiveSession(ScorecardEvaluator evaluator, IReadOnlyList<object> facts)
{
    private EvaluationSession? _session;
    private bool _broken;

    // The one base fact currently replaced in the session, and what replaces it.
    private int _replacedIndex = -1;
    private object? _replacement;

    /// <summary>Scores <paramref name="changed"/>; <see langword="null"/> when it does not differ from the base set in exactly one fact, or the session failed (score it afresh instead).</summary>
    public ScoredFacts? Score(IReadOnlyList<object> changed)
    {
        if (_broken || changed.Count != facts.Count)
        {
            return null;
        }

        var differing = Enumerable.Range(0, facts.Count).Where(i => !ReferenceEquals(facts[i], changed[i])).Take(2).ToList();
        if (differing is not [var index])
        {
            return null;
        }

        try
        {
            _session ??= evaluator.OpenSession(facts);
            if (_replacedIndex >= 0 && _replacedIndex != index)
            {
                // Put the previous probe's fact back before changing another one.
                _session.Replace(_replacement!, facts[_replacedIndex]);
                _replacedIndex = -1;
            }

            _session.Replace(_replacedIndex == index ? _replacement! : facts[index], changed[index]);
            (_replacedIndex, _replacement) = (index, changed[index]);
            return new ScoredFacts(changed, _session.Scorecard, null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The session's state is unknown after a failure: the caller scores this and the rest afresh.
            _broken = true;
            return null;
        }
    }
}
