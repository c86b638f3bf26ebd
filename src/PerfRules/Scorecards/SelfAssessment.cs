using PerfRules.Internal;

namespace PerfRules.Scorecards;

/// <summary>The department's self-assessment (自评) beside the verified scores.</summary>
public sealed record SelfAssessment
{
    /// <summary>The sum of the self-assessed scores of the leaf indicators (自评总分).</summary>
    public required decimal SelfTotal { get; init; }

    /// <summary>The leaf indicators whose verified score differs from the self score, in table order.</summary>
    public IReadOnlyList<SelfScoreDifference> Differences { get; init => field = EquatableList<SelfScoreDifference>.From(value); } = EquatableList<SelfScoreDifference>.Empty;
}
