namespace PerfRules.Facts;

/// <summary>How the department handled petitions (群众信访办理情况).</summary>
/// <param name="HasChannels">Whether convenient channels and a reply mechanism exist (便利的反映渠道和回复机制).</param>
/// <param name="Cases">Petition cases received, e.g. 42.</param>
/// <param name="AnsweredInTime">Cases answered within the time limit, e.g. 42.</param>
/// <param name="HotlineTickets">Hotline tickets received (12345热线工单), e.g. 367; null when not reported.</param>
/// <param name="HotlineAnsweredInTime">Hotline tickets closed on time, e.g. 367; null when not reported.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PetitionHandling(
    bool HasChannels,
    int Cases,
    int AnsweredInTime,
    int? HotlineTickets = null,
    int? HotlineAnsweredInTime = null) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(PetitionHandling))
            .NotNegative(nameof(Cases), "信访件数", Cases)
            .NotNegative(nameof(AnsweredInTime), "按时回复件数", AnsweredInTime)
            .NotNegative(nameof(HotlineTickets), "热线工单数", HotlineTickets)
            .NotNegative(nameof(HotlineAnsweredInTime), "按时办结工单数", HotlineAnsweredInTime)
            .AtMost(nameof(AnsweredInTime), "按时回复件数", AnsweredInTime, nameof(Cases), "信访件数", Cases)
            .AtMost(nameof(HotlineAnsweredInTime), "按时办结工单数", HotlineAnsweredInTime, nameof(HotlineTickets), "热线工单数", HotlineTickets);
        if ((HotlineTickets is null) != (HotlineAnsweredInTime is null))
        {
            checks.Add(nameof(HotlineAnsweredInTime), "热线工单数与按时办结数须同时提供", "Give HotlineTickets and HotlineAnsweredInTime together");
        }

        return checks.Problems;
    }
}
