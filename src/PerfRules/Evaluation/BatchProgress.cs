namespace PerfRules.Evaluation;

/// <summary>How far a batch has come.</summary>
/// <param name="Completed">Departments scored so far.</param>
/// <param name="Total">Departments in the batch.</param>
public readonly record struct BatchProgress(int Completed, int Total);
