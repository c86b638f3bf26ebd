using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Reporting.Layout;

/// <summary>
/// Lays a <see cref="Scorecard"/> out as the scoring table: it computes nothing the scorecard does not already hold,
/// except a group's self-score subtotal, which is the sum of its leaves' self scores.
/// </summary>
internal static class ReportLayoutBuilder
{
    /// <summary>How many of the largest deductions the summary lists; the table itself shows every one.</summary>
    internal const int DeductionsListed = 10;

    public static ReportLayout Build(Scorecard scorecard, Language language)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }

        var labels = language == Language.English ? ReportLabels.English : ReportLabels.Chinese;
        var levels = Math.Max(1, scorecard.Indicators.Count == 0 ? 1 : scorecard.Indicators.Max(i => i.Level));
        var leaves = scorecard.Indicators.Where(i => i.IsLeaf).ToList();

        List<TableRow> rows = [TotalRow(scorecard, labels, leaves.Count)];
        rows.AddRange(scorecard.Indicators.Select(i => IndicatorRow(i, leaves, labels)));

        var unscored = leaves.Count(l => l.Outcome is IndicatorOutcome.MissingData or IndicatorOutcome.Error);
        List<string> warnings = [];
        if (scorecard.Total is null)
        {
            warnings.Add(labels.Incomplete(unscored));
        }

        if (scorecard.Problems.Count > 0)
        {
            warnings.Add(labels.ProblemsFound(scorecard.Problems.Count));
        }

        var listed = scorecard.TopDeductions.Take(DeductionsListed)
            .Select(d => new DeductionLine(d.Rank, $"{d.IndicatorCode} {d.IndicatorName.Get(language)}", d.Deduction.Points, labels.ReasonWithEvidence(d.Deduction)))
            .ToList();

        return new ReportLayout(
            labels,
            Subtitle(scorecard, labels),
            levels,
            rows,
            warnings,
            Summary(scorecard, labels),
            listed,
            scorecard.TopDeductions.Count > listed.Count ? labels.DeductionsShown(listed.Count, scorecard.TopDeductions.Count) : null,
            [.. scorecard.Problems.Select(p => labels.Problem(p, withIndicator: true))]);
    }

    private static List<string> Subtitle(Scorecard scorecard, ReportLabels labels)
    {
        var separator = labels.Language == Language.Chinese ? "：" : ": ";
        List<string> lines = [];
        if (scorecard.Department is { } department)
        {
            lines.Add(labels.Department + separator + department);
        }

        if (scorecard.FiscalYear is { } year)
        {
            lines.Add(labels.FiscalYear + separator + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (scorecard.EvaluationDate is { } date)
        {
            lines.Add(labels.EvaluationDate + separator + ReportFormat.Date(date, labels.Language));
        }

        lines.Add(labels.RuleSet + separator + $"{scorecard.RuleSetId} {scorecard.RuleSetVersion}");
        return lines;
    }

    private static TableRow TotalRow(Scorecard scorecard, ReportLabels labels, int leafCount) =>
        new(
            RowKind.Total,
            1,
            null,
            labels.TotalRow,
            scorecard.MaximumScore,
            null,
            scorecard.SelfAssessment?.SelfTotal,
            scorecard.Total,
            scorecard.Total is null ? labels.NotDetermined : null,
            [],
            scorecard.Total is null,
            leafCount);

    private static TableRow IndicatorRow(ScorecardIndicator indicator, List<ScorecardIndicator> leaves, ReportLabels labels)
    {
        var language = labels.Language;
        var isProblem = indicator.Outcome is IndicatorOutcome.MissingData or IndicatorOutcome.Error;
        List<NoteLine> notes = [];
        if (indicator.IsLeaf)
        {
            notes.Add(new(NoteKind.Note, indicator.Note.Get(language)));
            if (indicator.Outcome != IndicatorOutcome.NotApplicable && indicator.EffectiveWeight != indicator.Weight)
            {
                notes.Add(new(NoteKind.Note, labels.Reallocated(indicator.Weight, indicator.EffectiveWeight)));
            }

            notes.AddRange(indicator.Deductions.Select(d => new NoteLine(NoteKind.Deduction, labels.Deduction(d))));
            notes.AddRange(indicator.Problems.Select(p => new NoteLine(NoteKind.Problem, labels.Problem(p, withIndicator: false))));
        }
        else if (indicator.Outcome != IndicatorOutcome.Scored)
        {
            // A scored group's note only restates its subtotal; an unscored one says why its score is missing.
            notes.Add(new(NoteKind.Note, indicator.Note.Get(language)));
        }

        var covered = indicator.IsLeaf ? [indicator] : leaves.Where(l => l.Code.StartsWith(indicator.Code + ".", StringComparison.Ordinal)).ToList();
        var selfScores = covered.Where(l => l.SelfScore is not null).Select(l => l.SelfScore!.Value).ToList();

        return new TableRow(
            indicator.IsLeaf ? RowKind.Leaf : RowKind.Group,
            indicator.Level,
            indicator.Code,
            indicator.Name.Get(language),
            indicator.Weight,
            indicator.Criteria?.Get(language),
            selfScores.Count == 0 ? null : selfScores.Sum(),
            indicator.Score,
            indicator.Score is null ? labels.Status(indicator.Outcome) : null,
            notes.Where(n => !string.IsNullOrWhiteSpace(n.Text)).ToList(),
            isProblem,
            covered.Count);
    }

    private static List<SummaryItem> Summary(Scorecard scorecard, ReportLabels labels)
    {
        var language = labels.Language;
        var reconciliation = scorecard.Reconciliation;
        List<SummaryItem> items =
        [
            scorecard.Total is { } total
                ? new(labels.Total, ReportFormat.Points(total), total)
                : new(labels.Total, labels.NotDetermined, IsProblem: true),
            scorecard.Grade is { } grade
                ? new(labels.Grade, grade.Name(language))
                : new(labels.Grade, labels.NotDetermined, IsProblem: true),
            new(labels.Maximum, ReportFormat.Number(scorecard.MaximumScore), scorecard.MaximumScore),
        ];

        if (scorecard.ApplicablePoints != scorecard.MaximumScore)
        {
            items.Add(new(labels.ApplicablePoints, ReportFormat.Number(scorecard.ApplicablePoints), scorecard.ApplicablePoints));
        }

        if (scorecard.SelfAssessment is { } self)
        {
            items.Add(new(labels.SelfTotal, ReportFormat.Points(self.SelfTotal), self.SelfTotal));
        }

        items.Add(new(labels.LeafSum, ReportFormat.Points(reconciliation.LeafSum), reconciliation.LeafSum));
        items.Add(new(labels.LevelOneSum, LevelOneSum(scorecard, labels), reconciliation.LevelOneSum));

        if (reconciliation.Conversion is { } conversion)
        {
            items.Add(new(labels.Conversion, labels.ConversionWorking(conversion.RawScore, conversion.PointsApplied, conversion.Scale, conversion.Score), conversion.Score));
        }

        if (reconciliation.Adjustments is { } adjustments)
        {
            items.Add(new(labels.Adjustments, labels.Adjustment(adjustments), adjustments.TotalAfter));
        }

        items.Add(reconciliation.IsBalanced
            ? new(labels.Reconciliation, labels.Balanced)
            : new(labels.Reconciliation, labels.Unbalanced, IsProblem: true));
        items.Add(new(labels.Rounding, reconciliation.Rounding.Get(language)));
        return items;
    }

    /// <summary>"预算编制情况 16.5 + 预算执行情况 32 = 48.5": the addends make the sum checkable by eye.</summary>
    private static string LevelOneSum(Scorecard scorecard, ReportLabels labels)
    {
        var roots = scorecard.Indicators.Where(i => i.Level == 1).ToList();
        var sum = ReportFormat.Points(scorecard.Reconciliation.LevelOneSum);
        if (roots.Count < 2)
        {
            return sum;
        }

        var addends = roots.Select(r => $"{r.Name.Get(labels.Language)} {(r.Score is { } s ? ReportFormat.Points(s) : labels.Status(r.Outcome))}");
        return $"{string.Join(" + ", addends)} = {sum}";
    }
}
