using System.Text.Json.Serialization;
using PerfRules.Internal;

namespace PerfRules.Facts;

/// <summary>The self-evaluation working group (自评工作小组), for 组织建立情况.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SelfEvaluationGroup : IFact
{
    /// <summary>Creates the fact.</summary>
    /// <param name="formedOn">When the group was formed, e.g. 2023-04-20; null when not known.</param>
    /// <param name="memberCount">The number of members, e.g. 4.</param>
    /// <param name="hasLeader">Whether a leader in charge (主管领导) is a member.</param>
    /// <param name="hasFinanceStaff">Whether finance staff (财务人员) are members.</param>
    /// <param name="hasBusinessStaff">Whether business staff (业务人员) are members.</param>
    /// <param name="roles">The members' roles as stated, e.g. 党组成员（组长）, 办公室主任, 出纳, 会计.</param>
    public SelfEvaluationGroup(
        DateOnly? formedOn,
        int memberCount,
        bool hasLeader,
        bool hasFinanceStaff,
        bool hasBusinessStaff,
        IEnumerable<string>? roles = null)
    {
        FormedOn = formedOn;
        MemberCount = memberCount;
        HasLeader = hasLeader;
        HasFinanceStaff = hasFinanceStaff;
        HasBusinessStaff = hasBusinessStaff;
        Roles = EquatableList<string>.From(roles);
    }

    /// <summary>Reads a group from a facts file: the same as the public constructor, with the roles typed as the property is.</summary>
    [JsonConstructor]
    internal SelfEvaluationGroup(DateOnly? formedOn, int memberCount, bool hasLeader, bool hasFinanceStaff, bool hasBusinessStaff, IReadOnlyList<string>? roles)
        : this(formedOn, memberCount, hasLeader, hasFinanceStaff, hasBusinessStaff, (IEnumerable<string>?)roles)
    {
    }

    /// <summary>When the group was formed.</summary>
    public DateOnly? FormedOn { get; }

    /// <summary>The number of members.</summary>
    public int MemberCount { get; }

    /// <summary>Whether a leader in charge is a member.</summary>
    public bool HasLeader { get; }

    /// <summary>Whether finance staff are members.</summary>
    public bool HasFinanceStaff { get; }

    /// <summary>Whether business staff are members.</summary>
    public bool HasBusinessStaff { get; }

    /// <summary>The members' roles as stated.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(SelfEvaluationGroup))
            .NotNegative(nameof(MemberCount), "小组人数", MemberCount)
            .AtMost(nameof(Roles), "列出的成员职务数", Roles.Count, nameof(MemberCount), "小组人数", MemberCount)
            .Problems;
}
