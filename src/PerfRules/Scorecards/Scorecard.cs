using PerfRules.Facts;
using PerfRules.Internal;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Scorecards;

/// <summary>
/// The auditable result of one evaluation (绩效评价评分结果): every indicator's score and, for every point lost, the rule,
/// inputs, arithmetic and evidence behind it; the total, grade and a reconciliation; the self-assessment beside it; and
/// every problem with the input. Immutable; compares by content; serialises to JSON losslessly (<see cref="ScorecardJson"/>).
/// </summary>
public sealed record Scorecard
{
    /// <summary>The rule set's id.</summary>
    public required string RuleSetId { get; init; }

    /// <summary>The rule set's version.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>The rule set's content hash: two scorecards with the same hash were scored by the same rules.</summary>
    public required string RuleSetHash { get; init; }

    /// <summary>The department evaluated, from the <see cref="EvaluationContext"/> fact.</summary>
    public string? Department { get; init; }

    /// <summary>The fiscal year evaluated.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>The evaluation date.</summary>
    public DateOnly? EvaluationDate { get; init; }

    /// <summary>The most points the indicators carry (满分).</summary>
    public required decimal MaximumScore { get; init; }

    /// <summary>The points of the indicators that applied (适用分值).</summary>
    public required decimal ApplicablePoints { get; init; }

    /// <summary>The sum of the level-1 scores before conversion and adjustments, or <see langword="null"/> when incomplete.</summary>
    public decimal? RawTotal { get; init; }

    /// <summary>The total converted over the points that applied (换算得分), when the rule set converts and some points did not apply.</summary>
    public decimal? ConvertedTotal { get; init; }

    /// <summary>The bonus and penalty adjustment (加减分), when the rule set has one.</summary>
    public AdjustmentResult? Adjustments { get; init; }

    /// <summary>The total (总分), or <see langword="null"/> when the evaluation is incomplete.</summary>
    public decimal? Total { get; init; }

    /// <summary>The grade (等级), or <see langword="null"/> when the evaluation is incomplete.</summary>
    public Grade? Grade { get; init; }

    /// <summary>Every indicator of the tree, in table order (1, 1.1, 1.1.1, …).</summary>
    public IReadOnlyList<ScorecardIndicator> Indicators { get; init => field = EquatableList<ScorecardIndicator>.From(value); } = EquatableList<ScorecardIndicator>.Empty;

    /// <summary>
    /// Every deduction, largest first. Ties keep table order (the indicator's position in the tree), then the order the
    /// rule gave its deductions.
    /// </summary>
    public IReadOnlyList<RankedDeduction> TopDeductions { get; init => field = EquatableList<RankedDeduction>.From(value); } = EquatableList<RankedDeduction>.Empty;

    /// <summary>The self-assessment beside the verified scores, when self scores were given.</summary>
    public SelfAssessment? SelfAssessment { get; init; }

    /// <summary>How the total follows from the indicator scores.</summary>
    public required Reconciliation Reconciliation { get; init; }

    /// <summary>Every problem with the input, each naming the fact, the field and the indicator.</summary>
    public IReadOnlyList<FactProblem> Problems { get; init => field = EquatableList<FactProblem>.From(value); } = EquatableList<FactProblem>.Empty;

    /// <summary>Whether every indicator was scored (or does not apply) and no input problem was found.</summary>
    public bool IsComplete => Total is not null && Problems.Count == 0;

    /// <summary>Looks up an indicator's row by its code.</summary>
    /// <param name="code">The code, such as 2.1.2.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    public ScorecardIndicator this[string code] =>
        Indicators.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"The scorecard has no indicator {code}.");

    /// <summary>
    /// Composes the Chinese of every row's note and band and every deduction's reason now, on this thread, rather than
    /// when first read (<see cref="Evaluation.BatchOptions.ComposeNotes"/>). Texts already composed cost a read.
    /// </summary>
    internal void ComposeNotes()
    {
        for (var i = 0; i < Indicators.Count; i++)
        {
            var row = Indicators[i];
            _ = row.Note.Chinese;
            _ = row.Hit?.Chinese;
            for (var j = 0; j < row.Deductions.Count; j++)
            {
                _ = row.Deductions[j].Reason.Chinese;
            }
        }
    }
}
