namespace PerfRules.Reporting.Layout;

/// <summary>One row of the scoring table, with every text already in the report's language.</summary>
/// <param name="Kind">Total, group or leaf.</param>
/// <param name="Level">The indicator column the name goes in, counted from 1; 1 for the total row.</param>
/// <param name="Code">The indicator code, or <see langword="null"/> for the total row.</param>
/// <param name="Name">The name, without the weight.</param>
/// <param name="Weight">The weight in the table (权重).</param>
/// <param name="Criteria">The criteria (评分标准), for leaves that have them.</param>
/// <param name="SelfScore">The self-assessed score (自评得分), summed over the leaves for a group; null when none was given.</param>
/// <param name="Score">The verified score (核查得分); null when the indicator was not scored.</param>
/// <param name="Status">What to show instead of the score when there is none (不适用, 未计分：缺少数据 …).</param>
/// <param name="Notes">The scoring note's lines: the note, each deduction with its evidence, each input problem.</param>
/// <param name="IsProblem">Whether the row could not be scored because of missing or wrong data, so renderers flag it.</param>
/// <param name="LeafCount">How many leaf rows the row covers: 1 for a leaf, its leaves for a group, all for the total.</param>
internal sealed record TableRow(
    RowKind Kind,
    int Level,
    string? Code,
    string Name,
    decimal Weight,
    string? Criteria,
    decimal? SelfScore,
    decimal? Score,
    string? Status,
    IReadOnlyList<NoteLine> Notes,
    bool IsProblem,
    int LeafCount);
