using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Evaluation.Rules;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>
/// Reads a fired session's results into a <see cref="Scorecard"/>. It scores nothing: every number comes from a fact a
/// rule yielded. It only orders rows by the tree, ranks deductions and checks that the figures reconcile.
/// </summary>
internal static class ScorecardAssembler
{
    private static readonly LocalizedText RoundingNote = new(
        "每个末级指标得分四舍五入保留两位小数；上级指标得分与总分为下级得分直接相加，不再取舍；换算得分四舍五入保留两位小数。",
        "Each leaf score is rounded half away from zero to 2 decimal places; group scores and the total are exact sums of those; a converted total is rounded the same way.");

    public static Scorecard Assemble(RuleSet ruleSet, ISession session)
    {
        var tree = ruleSet.Indicators;
        var results = session.Query<IndicatorResult>().ToDictionary(r => r.Code, StringComparer.Ordinal);
        var selfScores = session.Query<SelfAssessedScore>();
        var selfByCode = selfScores.GroupBy(s => s.IndicatorCode).ToDictionary(g => g.Key, g => g.Last().Score, StringComparer.Ordinal);
        var total = session.Query<TotalScore>().Single();
        var context = session.Query<EvaluationContext>();

        var rows = tree.All.Select(d => Row(ruleSet.Layout[d.Code], results, selfByCode)).ToList();
        var leaves = rows.Where(r => r.IsLeaf).ToList();

        var problems = leaves.SelectMany(r => r.Problems)
            .Concat(session.Query<InputProblem>().Select(p => p.Problem))
            .Concat(total.Problems)
            .Concat(context.SelectMany(c => c.Validate()))
            .Concat(context.Count > 1 ? [new FactProblem(nameof(EvaluationContext), "*", new LocalizedText(
                $"应有一个{nameof(EvaluationContext)}事实，实际有{context.Count}个", $"Expected one {nameof(EvaluationContext)} fact, got {context.Count}"))] : [])
            .Concat(selfScores.SelectMany(s => s.Validate().Select(p => p.ForIndicator(s.IndicatorCode))))
            .Distinct()
            .OrderBy(p => p.IndicatorCode is { } code && ruleSet.Layout.TryGetValue(code, out var layout) ? layout.Position : int.MaxValue)
            .ThenBy(p => p.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(p => p.FactType, StringComparer.Ordinal)
            .ThenBy(p => p.Field, StringComparer.Ordinal)
            .ThenBy(p => p.Message.Chinese, StringComparer.Ordinal)
            .ToList();

        var leafSum = leaves.Sum(r => r.Score ?? 0m);
        var levelOneSum = rows.Where(r => r.Level == 1).Sum(r => r.Score ?? 0m);
        var expectedTotal = total.Adjustments?.TotalAfter ?? total.Conversion?.Score ?? total.RawTotal;
        var single = context.Count == 1 ? context[0] : null;
        return new Scorecard
        {
            RuleSetId = ruleSet.Id,
            RuleSetVersion = ruleSet.Version,
            RuleSetHash = ruleSet.ContentHash,
            Department = single?.Department,
            FiscalYear = single?.FiscalYear,
            EvaluationDate = single?.EvaluationDate,
            MaximumScore = ruleSet.MaximumScore,
            ApplicablePoints = total.ApplicablePoints,
            RawTotal = total.RawTotal,
            ConvertedTotal = total.Conversion?.Score,
            Adjustments = total.Adjustments,
            Total = total.Total,
            Grade = total.Grade,
            Indicators = rows,
            TopDeductions = Rank(leaves),
            SelfAssessment = selfScores.Count == 0 ? null : SelfAssessmentOf(leaves),
            Reconciliation = new Reconciliation
            {
                LeafSum = leafSum,
                LevelOneSum = levelOneSum,
                Conversion = total.Conversion,
                Adjustments = total.Adjustments,
                Total = total.Total,
                IsBalanced = total.Total is not null && leafSum == levelOneSum && levelOneSum == total.RawTotal
                    && expectedTotal is { } expected && Scoring.ScoreRounding.Round(expected) == total.Total,
                Rounding = RoundingNote,
            },
            Problems = problems,
        };
    }

    private static ScorecardIndicator Row(IndicatorLayout layout, Dictionary<string, IndicatorResult> results, Dictionary<string, decimal> selfScores)
    {
        var definition = layout.Definition;
        var result = results.GetValueOrDefault(definition.Code)
            ?? IndicatorResult.Error(definition.Code, definition.Weight, new LocalizedText("没有规则为该指标计分", "No rule scored this indicator"),
                new FactProblem("IndicatorResult", "*", new LocalizedText("没有规则为该指标计分", "No rule scored this indicator")));
        return new ScorecardIndicator
        {
            Code = definition.Code,
            Name = definition.Name,
            Path = layout.Path,
            Level = definition.Level,
            IsLeaf = layout.IsLeaf,
            Weight = definition.Weight,
            EffectiveWeight = result.EffectiveWeight,
            Score = result.Score,
            Outcome = result.Outcome,
            Criteria = definition.Criteria,
            Note = result.Note,
            Metric = result.Metric,
            Hit = result.Hit,
            Deductions = result.Deductions,
            Problems = result.Problems,
            SelfScore = selfScores.TryGetValue(definition.Code, out var self) ? self : null,
        };
    }

    /// <summary>Largest first; ties in table order, then in the order the rule listed them.</summary>
    private static List<RankedDeduction> Rank(List<ScorecardIndicator> leaves) =>
        leaves
            .SelectMany((row, position) => row.Deductions.Select((d, index) => (row, position, index, d)))
            .OrderByDescending(x => x.d.Points)
            .ThenBy(x => x.position)
            .ThenBy(x => x.index)
            .Select((x, rank) => new RankedDeduction(rank + 1, x.row.Code, x.row.Name, x.d))
            .ToList();

    private static SelfAssessment SelfAssessmentOf(List<ScorecardIndicator> leaves) => new()
    {
        SelfTotal = leaves.Sum(r => r.SelfScore ?? 0m),
        Differences = leaves
            .Where(r => r.SelfScore is not null && r.SelfScore != r.Score)
            .Select(r => new SelfScoreDifference(r.Code, r.Name, r.SelfScore!.Value, r.Score, r.Score - r.SelfScore))
            .ToList(),
    };
}
