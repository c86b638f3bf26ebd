using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation.Rules;

/// <summary>
/// The evaluation's total: the level-1 scores added up, converted over the points that applied when the rule set says
/// so, adjusted by bonuses and penalties within their caps, and graded. Null figures mean the evaluation is incomplete.
/// </summary>
internal sealed record TotalScore(
    decimal? RawTotal,
    decimal ApplicablePoints,
    ConversionResult? Conversion,
    AdjustmentResult? Adjustments,
    decimal? Total,
    Grade? Grade,
    IReadOnlyList<FactProblem> Problems)
{
    public static TotalScore Of(
        ScoringEnvironment environment,
        IReadOnlyList<IndicatorResult> roots,
        IReadOnlyList<Commendation> commendations,
        IReadOnlyList<AccountabilityFinding> findings)
    {
        // Plain loops: the total is recomputed after every evaluation and every what-if that changes a score.
        var applicable = 0m;
        var raw = 0m;
        var unscorable = false;
        for (var i = 0; i < roots.Count; i++)
        {
            applicable += roots[i].EffectiveWeight;
            raw += roots[i].Score ?? 0m;
            unscorable |= roots[i].Outcome is IndicatorOutcome.Error or IndicatorOutcome.MissingData;
        }

        // The roots' own problems belong to their indicators; only the adjustment facts' problems are the total's.
        var problems = new List<FactProblem>();
        for (var i = 0; i < commendations.Count; i++)
        {
            problems.AddRange(commendations[i].Validate());
        }

        for (var i = 0; i < findings.Count; i++)
        {
            problems.AddRange(findings[i].Validate());
        }

        if (problems.Count > 0 || unscorable)
        {
            return new TotalScore(null, applicable, null, null, null, null, problems);
        }

        var conversion = environment.ConvertOverApplicablePoints && applicable < environment.MaximumScore
            ? Scoring.Conversion.Apply(raw, applicable, environment.MaximumScore)
            : null;
        var before = conversion?.Score ?? raw;
        var adjustments = environment.Adjustments?.Apply(before, commendations.Count, findings.Count);
        var total = ScoreRounding.Round(adjustments?.TotalAfter ?? before);
        return new TotalScore(raw, applicable, conversion, adjustments, total, environment.Grades.Classify(total), problems);
    }
}
