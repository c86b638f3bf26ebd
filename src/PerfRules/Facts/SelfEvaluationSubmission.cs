namespace PerfRules.Facts;

/// <summary>Submission of the self-evaluation materials to the finance bureau (自评材料报送), for 报送及时性.</summary>
/// <param name="Deadline">The last day to submit, e.g. 2023-04-28.</param>
/// <param name="SubmittedOn">The day submitted, e.g. 2023-04-28; null when not submitted.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SelfEvaluationSubmission(DateOnly Deadline, DateOnly? SubmittedOn) : IFact
{
    /// <summary>Nothing here can contradict itself: a submission after the deadline is late, not wrong.</summary>
    /// <returns>No problems.</returns>
    public IReadOnlyList<FactProblem> Validate() => [];
}
