namespace PerfRules.Evaluation;

/// <summary>How far a batch has come.</summary>
/// <param name="Completed">Departments scored so far.</param>
/// <param name="Total">
/// Departments in the batch; for <see cref="ScorecardEvaluator.EvaluateStream"/>, the stream's length when it is a
/// collection and 0 when its length is not known in advance.
/// </param>
public readonly record struct BatchProgress(int Completed, int Total);
