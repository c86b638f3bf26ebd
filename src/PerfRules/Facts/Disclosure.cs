namespace PerfRules.Facts;

/// <summary>
/// The publication (信息公开) of a budget, final accounts, performance targets or self-evaluation: when it was approved
/// and published, the time limit, and what the inspection found.
/// </summary>
/// <param name="Kind">What is published.</param>
/// <param name="ApprovedOn">The approval date (批复日期), when it depends on one, e.g. 2022-04-18.</param>
/// <param name="ApprovalDocument">The approval document number, e.g. 遂财预〔2022〕3号.</param>
/// <param name="PublishedOn">The publication date, or null when not published.</param>
/// <param name="DayLimit">Days allowed after the approval (预算法 art. 14: 20), or null.</param>
/// <param name="Deadline">A fixed last day instead (e.g. 2023-04-30), or null.</param>
/// <param name="Inspection">What the disclosure inspection found.</param>
/// <param name="Url">Where it is published.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Disclosure(
    DisclosureKind Kind,
    DateOnly? ApprovedOn,
    string? ApprovalDocument,
    DateOnly? PublishedOn,
    int? DayLimit = null,
    DateOnly? Deadline = null,
    DisclosureInspection Inspection = DisclosureInspection.NotInspected,
    string? Url = null) : IFact
{
    /// <summary>Whether it was published at all.</summary>
    public bool IsPublished => PublishedOn is not null;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(Disclosure))
            .Defined(nameof(Kind), "公开类型", Kind)
            .Defined(nameof(Inspection), "公开检查结果", Inspection)
            .NotNegative(nameof(DayLimit), "公开时限天数", DayLimit)
            .NotBefore(nameof(PublishedOn), "公开日期", PublishedOn, nameof(ApprovedOn), "批复日期", ApprovedOn);
        if (DayLimit is not null && Deadline is not null)
        {
            checks.Add(nameof(Deadline), "公开时限只能按批复后天数或固定日期之一规定", "Give either DayLimit or Deadline, not both");
        }

        if (DayLimit is not null && ApprovedOn is null)
        {
            checks.Add(nameof(ApprovedOn), "按批复后天数计算公开时限，但缺少批复日期", "DayLimit counts from ApprovedOn, which is missing");
        }

        return checks.Problems;
    }
}
