using PerfRules.Engine;

namespace PerfRules.Evaluation;

/// <summary>
/// Idle engine sessions of one evaluator, cleared and ready for the next department: an evaluation that rents one
/// reuses the working memory, node memories and agenda the last one grew instead of allocating them all again.
/// </summary>
/// <remarks>
/// <para>Bounded to one session per core, which is as many as can be busy at once in a batch; a session returned to a
/// full pool is left to the collector. Renting and returning take no lock: each idle slot is claimed by an atomic swap.</para>
/// <para>Only a session whose evaluation finished is returned: one that threw or was cancelled may be half-way through
/// a propagation and is dropped. Sessions handed out to callers (<see cref="ScorecardEvaluator.OpenSession"/>) never
/// come from or go to the pool.</para>
/// </remarks>
internal sealed class SessionPool(ISessionFactory factory, SessionOptions options)
{
    private readonly ISession?[] _idle = new ISession?[Environment.ProcessorCount];

    /// <summary>An empty session: an idle one when there is one, else a new one.</summary>
    public ISession Rent()
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Volatile.Read(ref _idle[i]) is not null && Interlocked.Exchange(ref _idle[i], null) is { } session)
            {
                return session;
            }
        }

        return factory.CreateSession(options);
    }

    /// <summary>
    /// Takes back a session whose evaluation completed, once everything read from it is in the scorecard. It is cleared
    /// at once, so an idle session holds nothing of the department it scored.
    /// </summary>
    public void Return(ISession session)
    {
        session.Clear();
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _idle[i], session, null) is null)
            {
                return;
            }
        }
    }
}
