namespace PerfRules.Evaluation;

/// <summary>Options for <see cref="ScorecardEvaluator.EvaluateBatch"/> and <see cref="ScorecardEvaluator.EvaluateStream"/>.</summary>
public sealed record BatchOptions
{
    /// <summary>How many departments to score at once; all cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told how many departments are done, from any thread, at most about every 1% of the batch; null for none.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }

    /// <summary>
    /// Whether each scorecard's notes (every row's note and band, every deduction's reason, in Chinese) are composed on
    /// the scoring threads before it is returned. Off by default: a note is composed when first read, on the thread that
    /// reads it, so a host that needs totals and grades never pays for notes. A host that writes every report and reads
    /// a stream on one thread should turn it on, so that the composing is shared among the scoring threads.
    /// </summary>
    public bool ComposeNotes { get; init; }
}
