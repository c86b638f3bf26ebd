namespace PerfRules.Facts;

/// <summary>
/// Whether the department approved its subordinate units' budgets within the limit (Suixi: 15 days) after receiving
/// its own budget approval (批复下属单位预算), for 资金下达合法性. When a report states only that it was on time (Suixi
/// gives no dates), give that statement instead of inventing dates.
/// </summary>
/// <param name="DayLimit">Days allowed after receipt, e.g. 15.</param>
/// <param name="HasSubordinateUnits">Whether there are subordinate budgets to approve at all; when not, the part does not apply.</param>
/// <param name="IsApproved">Whether the subordinate budgets were approved at all.</param>
/// <param name="ReceivedOn">When the department received its own budget approval, if known.</param>
/// <param name="ApprovedOn">When it approved the subordinate budgets, if known.</param>
/// <param name="StatedOnTime">An evaluator's statement that the approval was on time, when the dates are not known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubordinateBudgetApproval(
    int DayLimit,
    bool HasSubordinateUnits,
    bool IsApproved,
    DateOnly? ReceivedOn = null,
    DateOnly? ApprovedOn = null,
    bool? StatedOnTime = null) : IFact
{
    /// <summary>Whether the approval was on time: from the dates when both are known, otherwise the statement; null when neither or not approved.</summary>
    public bool? IsOnTime =>
        !IsApproved ? null
        : ReceivedOn is { } received && ApprovedOn is { } approved ? approved.DayNumber - received.DayNumber <= DayLimit
        : StatedOnTime;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(SubordinateBudgetApproval))
            .NotNegative(nameof(DayLimit), "批复时限天数", DayLimit)
            .NotBefore(nameof(ApprovedOn), "批复下属单位预算日期", ApprovedOn, nameof(ReceivedOn), "收到本部门预算批复日期", ReceivedOn);
        if (IsApproved && HasSubordinateUnits && (ReceivedOn is null || ApprovedOn is null) && StatedOnTime is null)
        {
            checks.Add(nameof(ApprovedOn), "缺少批复日期（或是否按时批复的说明）", "ReceivedOn and ApprovedOn (or StatedOnTime) are required");
        }

        if (!IsApproved && ApprovedOn is not null)
        {
            checks.Add(nameof(IsApproved), "未批复却有批复日期", "IsApproved is false but ApprovedOn is given");
        }

        if (!HasSubordinateUnits && IsApproved)
        {
            checks.Add(nameof(HasSubordinateUnits), "无下属单位却批复了下属单位预算", "HasSubordinateUnits is false but IsApproved is true");
        }

        return checks.Problems;
    }
}
