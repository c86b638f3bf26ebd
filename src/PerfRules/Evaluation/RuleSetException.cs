namespace PerfRules.Evaluation;

/// <summary>A rule set cannot be built: every problem found is listed, each naming the indicator or rule concerned.</summary>
public sealed class RuleSetException : Exception
{
    internal RuleSetException(string ruleSetId, IReadOnlyList<string> problems)
        : base($"Rule set '{ruleSetId}' is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
    {
        RuleSetId = ruleSetId;
        Problems = problems;
    }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
