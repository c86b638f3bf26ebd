namespace PerfRules.Evaluation;

/// <summary>Options for <see cref="ScorecardEvaluator.EvaluateBatch"/> and <see cref="ScorecardEvaluator.EvaluateStream"/>.</summary>
public sealed record BatchOptions
{
    /// <summary>How many departments to score at once; all cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told how many departments are done, from any thread, at most about every 1% of the batch; null for none.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}
