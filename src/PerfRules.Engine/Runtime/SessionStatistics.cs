namespace PerfRules.Engine.Runtime;

/// <summary>Counters of the work a session did; tests use them to prove node sharing and hashed joins and aggregates.</summary>
internal sealed class SessionStatistics
{
    /// <summary>Alpha conditions evaluated.</summary>
    public long ConditionEvaluations { get; set; }

    /// <summary>(token, fact) pairs a join node tested.</summary>
    public long JoinEvaluations { get; set; }

    /// <summary>(token, fact) pairs a collect or group-by node tested.</summary>
    public long AggregateEvaluations { get; set; }

    public void Reset()
    {
        ConditionEvaluations = 0;
        JoinEvaluations = 0;
        AggregateEvaluations = 0;
    }
}
