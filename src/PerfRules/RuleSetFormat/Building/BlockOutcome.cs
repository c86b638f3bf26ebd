using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// What a block made of the facts: a score (exact, out of <see cref="Base"/>) with its note, metric and losses; or the
/// problems that stopped it (missing data, or errors); or "does not apply" (every part of a parts block).
/// </summary>
internal sealed record BlockOutcome
{
    private BlockOutcome(
        decimal? score, decimal points, LocalizedText note, MetricValue? metric, LocalizedText? hit, IReadOnlyList<Loss> losses,
        IReadOnlyList<FactProblem> missing, IReadOnlyList<FactProblem> errors, bool notApplicable)
    {
        Score = score;
        Base = points;
        Note = note;
        Metric = metric;
        Hit = hit;
        Losses = losses;
        Missing = missing;
        Errors = errors;
        IsNotApplicable = notApplicable;
    }

    /// <summary>The exact score, out of <see cref="Base"/>; null unless scored.</summary>
    public decimal? Score { get; }

    /// <summary>The points the block was scored out of (for parts, the points of the parts that applied).</summary>
    public decimal Base { get; }

    public LocalizedText Note { get; }

    public MetricValue? Metric { get; }

    public LocalizedText? Hit { get; }

    /// <summary>Why points were lost; they add up to <see cref="Base"/> − <see cref="Score"/>.</summary>
    public IReadOnlyList<Loss> Losses { get; }

    public IReadOnlyList<FactProblem> Missing { get; }

    public IReadOnlyList<FactProblem> Errors { get; }

    public bool IsNotApplicable { get; }

    public bool IsScored => Score is not null;

    public static BlockOutcome Scored(decimal points, decimal score, LocalizedText note, IReadOnlyList<Loss> losses, MetricValue? metric = null, LocalizedText? hit = null) =>
        new(score, points, note, metric, hit, [.. losses.Where(l => l.Points > 0m)], [], [], false);

    public static BlockOutcome MissingData(params IReadOnlyList<FactProblem> problems) =>
        new(null, 0m, new LocalizedText("缺少计分所需数据，未计分", "Required data missing: not scored"), null, null, [], problems, [], false);

    public static BlockOutcome Error(params IReadOnlyList<FactProblem> problems) =>
        new(null, 0m, new LocalizedText("输入数据有误，未计分", "Invalid input: not scored"), null, null, [], [], problems, false);

    public static BlockOutcome NotApplicable(LocalizedText note) => new(null, 0m, note, null, null, [], [], [], true);

    /// <summary>Missing data and errors together, when parts fail: errors win, as for a group.</summary>
    public static BlockOutcome Failed(IReadOnlyList<FactProblem> missing, IReadOnlyList<FactProblem> errors) =>
        errors.Count > 0 ? Error([.. errors, .. missing]) : MissingData(missing);
}
